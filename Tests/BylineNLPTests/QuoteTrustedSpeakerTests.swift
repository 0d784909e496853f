import Testing

@testable import BylineNLP

/// Speakers a reader can trust: no thing, title alone, document or place stands in for the
/// person or body who spoke.
@Suite struct QuoteTrustedSpeakerTests {
    func indirect(_ text: String, _ names: [(String, EntityType, String)] = []) -> [Quote] {
        QuoteTesting.quotes(text, names).filter { $0.kind == .indirect }
    }

    @Test func aVerbWithAnObjectAndNoClauseReportsNothing() {
        #expect(indirect("Since March the disease claimed 6606 lives across the region.").isEmpty)
        #expect(indirect("Northside have maintained top spot on the ladder with a 22 to 10 win.").isEmpty)
        #expect(indirect("Eastwood hit back with a couple of tries of their own.").isEmpty)
        #expect(indirect("Two of the men pleaded guilty in the county court last week.").isEmpty)
        // A clause, an infinitive or a participle after the verb is still what was said.
        #expect(indirect("The ministry announced it planned to join the bloc within a week.").count == 1)
        #expect(indirect("Ms Okoro urged the council to reopen the library soon.").count == 1)
        #expect(indirect("Jo Park recalled receiving a plush toy from a fair at age ten.").count == 1)
    }

    @Test func aPassiveCueNamesNoSpeaker() {
        let total = indirect("A total of 39 are confirmed dead in the small town.")
        #expect(total.allSatisfy { $0.speaker == nil })
        let told = QuoteTesting.quotes(
            "Ann Ray was told by a court clerk: “Your file is closed.”", [("Ann Ray", .person, "Ann Ray")])
        #expect(told.first?.speaker?.name != "Ann Ray")
    }

    @Test func aNounThatIsNoAgentNeverSpeaks() {
        let virus = indirect("The virus claimed that nobody would be spared in the end.")
        #expect(virus.allSatisfy { $0.speaker == nil })
    }

    @Test func aTitleAloneIsThePersonTitledSo() {
        let text =
            "President Lena Ortiz spoke on Monday.\n\nThe President insists that the budget include funding for the bridge."
        let q = indirect(text, [("Lena Ortiz", .person, "Lena Ortiz")])
        #expect(q.last?.speaker?.name == "Lena Ortiz")
        #expect(q.last?.speaker?.mention?.text == "President")
    }

    @Test func aPersonOfAPlaceOrBodyIsThePerson() {
        let names: [(String, EntityType, String)] = [
            ("Dana Cole", .person, "Dana Cole"), ("Ohio", .place, "Ohio"), ("Tom Vale", .person, "Tom Vale"),
            ("Fair Rents Now", .organization, "Fair Rents Now"),
        ]
        let text =
            "Committee member Dana Cole of Ohio said, “Nobody is conducting an inquiry.” Tom Vale of tenant group Fair Rents Now said, “The law must change.”"
        let q = QuoteTesting.quotes(text, names)
        #expect(QuoteTesting.quote(q, containing: "inquiry")?.speaker?.name == "Dana Cole")
        #expect(QuoteTesting.quote(q, containing: "law must")?.speaker?.name == "Tom Vale")
    }

    @Test func aPlaceBeforeATitledNameDescribesThePerson() {
        let q = indirect(
            "According to Ohio Senator Dana Cole, the plane is one of eighteen still flying.",
            [("Ohio", .place, "Ohio"), ("Dana Cole", .person, "Dana Cole")])
        #expect(q.first?.speaker?.name == "Dana Cole")
    }

    @Test func anAdjectiveOfANameTakesTheNounsItDescribes() {
        let q = indirect("According to Ruritanian state media, troops began moving into the valley yesterday.")
        #expect(q.first?.speaker?.name == "Ruritanian state media")
    }

    @Test func aDocumentSpeaksForWhoeverIsNamedBehindIt() {
        let byName = indirect(
            "According to the reports by the Cole Institute, there are at least 142 cases in the country.",
            [("Cole Institute", .organization, "Cole Institute")])
        #expect(byName.first?.speaker?.name == "Cole Institute")
        let fromBody = indirect("Another report from the regional government said eight workers died in the fire.")
        #expect(fromBody.first?.speaker?.name == "regional government")
        let introduced = indirect(
            "The news website Northwire.com reported the arrests first.\n\nThe website further reported its source claimed a fourth man escaped.",
            [("Northwire.com", .organization, "Northwire.com")])
        #expect(introduced.last?.speaker?.name == "Northwire.com")
        // Reports nobody is named behind speak for no one.
        let unnamed = indirect("Two women and a man were injured, according to the reports.")
        #expect(unnamed.allSatisfy { $0.speaker == nil })
    }

    @Test func aLongerDescriptionOfAThingIsNoSpeaker() {
        let text =
            "The agency's investigation of the fraud began in May.\n\nThe suspect was named only as “Mr. A” as the investigation continued."
        let q = QuoteTesting.quotes(text)
        #expect(QuoteTesting.quote(q, containing: "Mr. A")?.speaker == nil)
    }

    @Test func aChineseSpeakerBeforeTheCueAfterTheQuote() {
        let q = QuoteTesting.quotes("“我们明天开会，”交通部发言人表示。“这很重要。”")
        #expect(q.first?.speaker?.name == "交通部发言人")
        #expect(q.first?.cue?.text == "表示")
        // A character of the cue inside a longer word is no cue: nothing said, no speaker.
        let term = QuoteTesting.quotes("“长江大桥”名称很长。")
        #expect(term.allSatisfy { $0.speaker == nil })
    }

    @Test func aPersonOfAGroupWithCapitalisedWordsBeforeItsName() {
        let names: [(String, EntityType, String)] = [
            ("Tom Vale", .person, "Tom Vale"), ("Renters Union", .organization, "Renters Union"),
        ]
        let q = QuoteTesting.quotes(
            "Tom Vale of city tenant group Fair Renters Union said, “The law must change.”", names)
        #expect(q.first?.speaker?.name == "Tom Vale")
    }
}
