import BylineNLP
import Testing

/// The sieve names are written in `annotate` output and in `byline eval quotes`, so they may not
/// drift when the enum's cases are renamed or reordered.
@Suite struct SieveNameTests {
    @Test func wireNamesAreTheHyphenatedRuleNames() {
        #expect(
            SieveName.allCases.map(\.rawValue) == [
                "split", "trailing-cue", "credit-line", "leading-cue", "dash-aside", "sentence-cue", "continuation",
                "preceding-sentence", "indirect",
            ])
    }

    @Test func everySieveRunsOnceInDeclaredOrder() {
        #expect(QuoteAttributor.standard.sieveNames == SieveName.allCases)
    }
}
