import Foundation

/// Runs of quotation marks, the hardest input for quote attribution: each input byte picks a
/// quotation mark, a word or a break, so short inputs make long, unbalanced, nested runs of
/// every kind of mark. The pipeline's invariants must hold (`PipelineInvariants`), and its time
/// stays linear (libFuzzer's `-timeout` reports a slow input).
enum QuoteRunInvariants {
    static let pieces: [String] = [
        "\"", "\"", "\"", "\u{201C}", "\u{201D}", "'", "\u{2018}", "\u{2019}", "\u{AB}", "\u{BB}", "\u{2039}",
        "\u{203A}", "\u{201E}", "`", "``", "''", " ", " ", " ", "said", "Jean Lee", "she", "told", ".", ",", "\n",
        "\n\n", "Mr Blinken", "\"We", "go on,\"", "according to", ":",
    ]

    static func check(_ data: Data) {
        var text = ""
        for b in data { text += pieces[Int(b) % pieces.count] }
        PipelineInvariants.check(Data(text.utf8))
    }
}
