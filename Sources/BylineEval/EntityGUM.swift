import BylineNLP

/// Reads GUM's CoNLL-U files into flat names of the CoNLL kind.
///
/// GUM annotates every mention (nested, with an entity type), not only names. A name here is a
/// mention whose syntactic head is a proper noun; its span is the run of name words around the
/// head inside the mention: proper nouns (and capitalised words tagged otherwise), with "of",
/// "and", "the" or a hyphen between them. A run stops at another name nested in the mention when a link word
/// leads into it ("Frederick Fung of ADPL", "Ben Chan and Leung Che" are two names each), except
/// "of" in an organisation's or place's own name ("Bank of England"); a job title and what
/// precedes it stay out of a person's name ("Afghan Ambassador Hamdullah Mohib"). A mention
/// headed by a common noun with a proper noun attached to it ("English captain Harry Kane",
/// "team member Rodaba Noori") holds that name. Persons named by a plural proper noun
/// ("Muslims", "Afghans") are groups, not people, and times ("Monday") are not names.
public enum GUMReader {
    struct Token {
        var form: Substring
        var upos: Substring
        var xpos: Substring
        var head: Int
        var relation: Substring
        var id: Int
    }

    struct Mention {
        var start: Int
        var end: Int  // inclusive
        var type: Substring
    }

    /// The article of one CoNLL-U file, named `name`.
    public static func article(_ text: String, name: String) -> CoNLLArticle {
        var builder = CoNLLReader.ArticleBuilder(category: { t, _ in EntityTag.category(ofLabel: t) })
        builder.name = name
        var tokens: [Token] = []
        var entities: [Substring] = []
        var written: Substring?
        func flush() {
            defer { written = nil }
            guard !tokens.isEmpty else { return }
            let labels = Self.labels(tokens, mentions: Self.mentions(entities))
            builder.add(zip(tokens, labels).map { ($0.form, Substring($1), []) }, written: written)
            tokens = []
            entities = []
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.isEmpty {
                flush()
                continue
            }
            if line.hasPrefix("# text = ") { written = line.dropFirst("# text = ".count) }
            if line.hasPrefix("#") { continue }
            let c = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard c.count == 10, let id = Int(c[0]) else { continue }
            var entity: Substring = ""
            for kv in c[9].split(separator: "|") where kv.hasPrefix("Entity=") { entity = kv.dropFirst(7) }
            tokens.append(Token(form: c[1], upos: c[3], xpos: c[4], head: Int(c[6]) ?? 0, relation: c[7], id: id))
            entities.append(entity)
        }
        flush()
        return builder.finish() ?? CoNLLArticle(text: "", spans: [], name: name)
    }

    /// The mentions opened and closed in a sentence's `Entity=` values: "(3-person-…" opens
    /// mention 3, "3)" closes it, "(4-place-…)" is a one-token mention. Identities may hold
    /// brackets of their own ("Mercury_(planet)").
    static func mentions(_ entities: [Substring]) -> [Mention] {
        var open: [Int: [(start: Int, type: Substring)]] = [:]
        var out: [Mention] = []
        for (i, value) in entities.enumerated() {
            let s = Array(value.unicodeScalars)
            var k = 0
            func digits() -> Int? {
                var n = 0
                var any = false
                while k < s.count, let d = Int(String(s[k])), s[k].properties.numericType != nil {
                    n = n * 10 + d
                    k += 1
                    any = true
                }
                return any ? n : nil
            }
            while k < s.count {
                if s[k] == "(" {
                    k += 1
                    guard let id = digits(), k < s.count, s[k] == "-" else { continue }
                    k += 1
                    var content = String.UnicodeScalarView()
                    var depth = 0
                    var closed = false
                    while k < s.count {
                        let u = s[k]
                        if u == "(" {
                            if k + 1 < s.count, s[k + 1].properties.numericType != nil { break }
                            depth += 1
                        } else if u == ")" {
                            if depth == 0 {
                                closed = true
                                k += 1
                                break
                            }
                            depth -= 1
                        }
                        content.append(u)
                        k += 1
                    }
                    let type = Substring(String(content)).prefix { $0 != "-" }
                    if closed {
                        out.append(Mention(start: i, end: i, type: type))
                    } else {
                        open[id, default: []].append((i, type))
                    }
                } else if let id = digits() {
                    if k < s.count, s[k] == ")" { k += 1 }
                    if let o = open[id]?.popLast() { out.append(Mention(start: o.start, end: i, type: o.type)) }
                } else {
                    k += 1
                }
            }
        }
        return out
    }

    static let links: Set<String> = ["of", "and", "&", "the", "de", "du", "von", "van", "for", "on", "la", "le"]
    static let titles: Set<String> = [
        "president", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof.", "professor", "senator", "sen.",
        "governor", "gov.", "king", "queen", "prince", "princess", "minister", "prime", "secretary", "general", "gen.",
        "judge", "justice", "pope", "saint", "sir", "lord", "lady", "rep.", "representative", "mayor", "chairman",
        "ceo",
        "director", "captain", "capt.", "col.", "colonel", "lt.", "sgt.", "officer", "chief", "ambassador", "emperor",
        "bishop", "rev.", "father", "detective", "agent", "councillor", "chancellor", "premier", "vice",
        "administrator", "spokesman", "spokeswoman", "coach",
        "commissioner", "inspector", "sergeant", "lieutenant", "deputy", "former",
    ]

    static func category(_ type: Substring) -> String? {
        switch type {
        case "person": return "PER"
        case "organization": return "ORG"
        case "place": return "LOC"
        case "time": return nil
        default: return "MISC"
        }
    }

    /// A BIO label per token of one sentence.
    static func labels(_ tokens: [Token], mentions: [Mention]) -> [String] {
        func isName(_ t: Token) -> Bool {
            t.upos == "PROPN"
                || (t.form.first?.isUppercase == true && ["ADJ", "NOUN", "NUM", "VERB", "X"].contains(t.upos))
        }
        // A hyphen between name words is inside the name ("Lee Cheuk-yan", "Park Joo-ho"): GUM
        // makes it a token of its own, where a reader (and the recognizer) sees one word.
        func isLink(_ t: Token) -> Bool { t.xpos == "HYPH" || links.contains(t.form.lowercased()) }
        func syntacticHead(_ m: Mention) -> Int {
            let ids = Set(tokens[m.start...m.end].map(\.id))
            return (m.start...m.end).first { !ids.contains(tokens[$0].head) } ?? m.start
        }
        // "English captain Harry Kane" is one mention headed by "captain", with the name attached
        // to it (appos or flat) and no mention of its own: the name's head is that proper noun.
        func head(_ m: Mention) -> Int {
            let h = syntacticHead(m)
            guard tokens[h].upos != "PROPN" else { return h }
            return (m.start...m.end).first {
                tokens[$0].upos == "PROPN" && tokens[$0].head == tokens[h].id
                    && (tokens[$0].relation == "appos" || tokens[$0].relation == "flat")
            } ?? h
        }
        let named = mentions.filter { tokens[head($0)].upos == "PROPN" }
        var labels = [String](repeating: "O", count: tokens.count)
        // Outermost first, so a name's own parts ("United States" in "United States Navy") do not split it.
        for m in named.sorted(by: { ($0.end - $0.start, $1.start) > ($1.end - $1.start, $0.start) }) {
            let h = head(m)
            guard labels[h] == "O", var label = category(m.type) else { continue }
            if label == "PER" && tokens[h].xpos == "NNPS" { label = "MISC" }
            // Tokens of other names nested in this mention that do not hold its head.
            var other = Set<Int>()
            for n in named where n.start >= m.start && n.end <= m.end && !(n.start <= h && h <= n.end) {
                other.formUnion(n.start...n.end)
            }
            // A link word may lead into another nested name only as "of" inside an organisation's
            // or place's name, never after "the".
            func joins(_ link: Int, _ next: Int) -> Bool {
                guard other.contains(next) else { return true }
                return tokens[link].form.lowercased() == "of" && (label == "ORG" || label == "LOC")
            }
            var a = h
            var b = h
            while a - 1 >= m.start, labels[a - 1] == "O" {
                if isName(tokens[a - 1]) && !(other.contains(a - 1) && label == "PER") {
                    a -= 1
                } else if isLink(tokens[a - 1]), a - 2 >= m.start, isName(tokens[a - 2]), joins(a - 1, a - 2) {
                    a -= 2
                } else {
                    break
                }
            }
            while b + 1 <= m.end, labels[b + 1] == "O" {
                if isName(tokens[b + 1]) && !(other.contains(b + 1) && label == "PER") {
                    b += 1
                } else if isLink(tokens[b + 1]), b + 2 <= m.end, isName(tokens[b + 2]), joins(b + 1, b + 2) {
                    b += 2
                } else {
                    break
                }
            }
            // The common noun the name is attached to, and what precedes it, are not the name.
            if h != syntacticHead(m) { a = max(a, h) }
            if label == "PER", let title = (a..<h).last(where: { titles.contains(tokens[$0].form.lowercased()) }) {
                a = title + 1
            }
            while a < b && isLink(tokens[a]) { a += 1 }
            if label == "PER" && titles.contains(tokens[a].form.lowercased()) { continue }
            for k in a...b { labels[k] = (k == a ? "B-" : "I-") + label }
        }
        return labels
    }
}
