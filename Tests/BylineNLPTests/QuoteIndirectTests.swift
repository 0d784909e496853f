import Testing

@testable import BylineNLP

/// Reported speech without quotation marks.
@Suite struct QuoteIndirectTests {
    func indirect(_ text: String, _ names: [(String, EntityType, String)] = []) -> [Quote] {
        QuoteTesting.quotes(text, names).filter { $0.kind == .indirect }
    }

    @Test func saidThatClause() {
        let q = indirect("Mr Blinken said on Thursday (Jan 13) that North Korea may be seeking attention.")
        #expect(q.count == 1)
        #expect(q.first?.span.text == "North Korea may be seeking attention")
        #expect(q.first?.speaker?.mention?.text == "Mr Blinken")
        #expect(q.first?.cue?.text == "said")
        #expect(q.first?.sieve == .indirect)
    }

    @Test func saidWithoutThat() {
        let q = indirect("The minister said the US is willing to engage in talks.")
        #expect(q.first?.span.text == "the US is willing to engage in talks")
        #expect(q.first?.speaker?.mention?.text == "The minister")
    }

    @Test func clauseBeforeTheSpeaker() {
        let text =
            "It also wants more sanctions on Pyongyang, the US ambassador to the UN, Ms Linda Thomas-Greenfield, said on Wednesday."
        let q = indirect(text)
        #expect(q.first?.span.text == "It also wants more sanctions on Pyongyang")
        #expect(q.first?.speaker?.name == "Linda Thomas-Greenfield")
    }

    @Test func accordingTo() {
        let before = indirect("According to the ministry, the talks will resume in June.")
        #expect(before.first?.span.text == "the talks will resume in June")
        #expect(before.first?.speaker?.mention?.text == "the ministry")
        #expect(before.first?.cue?.text == "According to")
        let after = indirect("The talks will resume in June, according to Reuters.")
        #expect(after.first?.span.text == "The talks will resume in June")
        #expect(after.first?.speaker?.name == "Reuters")
    }

    @Test func toldListenerThat() {
        let q = indirect("She told reporters that the plan was dead.")
        #expect(q.first?.span.text == "the plan was dead")
    }

    @Test func relativeClausesAreNotReports() {
        #expect(indirect("The launches, which he said were destabilising, continued.").isEmpty)
    }
}
