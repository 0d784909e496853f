/// The tagger's feature templates, shared by recognition and by the trainer so both see exactly
/// the same features.
///
/// Every feature is a (template, value) pair hashed into a row of the weight table; the value is
/// built from precomputed token hashes, never from `String`s, so extracting features allocates
/// nothing per token.
public struct EntityFeatures {
    /// Per-token facts the templates read, computed once per document.
    public struct Facts {
        /// Lowercase form.
        var lower: UInt64
        /// Exact form; the lowercase form inside all-caps lines, where case says nothing.
        var exact: UInt64
        /// Word shape ("Xxx", "XX", "d-d"), marked when the line is all caps.
        var shape: UInt64
        var prefix: UInt64
        var suffix: UInt64
        var gazetteer: UInt32
        /// Word clusters, finest first (0: unknown word).
        var cluster: UInt64
        var middle: UInt64
        var coarse: UInt64
        /// Opens its sentence or a quotation, where any word is capitalised.
        var first: Bool
        /// No uppercase letter anywhere ("said", ",", "1996"), so no name can begin here.
        var plain: Bool
        /// A hyphenated word ending in a lowercase part ("Washington-based", "US-led"): an
        /// adjective, so no name runs on past it.
        var endsName: Bool
        /// The lowercase part after a word's last hyphen: none, a common English word
        /// ("Richmond-based"), or a word that is not ("Cheuk-yan", "Kwok-kin"), which is
        /// usually part of a name.
        var hyphenTail: HyphenTail
        /// An organisation word ("Bank", "Motors", "Inc") among the next three tokens of the
        /// sentence: "Goldman Sachs Group", "Ford Motor Co", where nothing else says company.
        var organizationAhead = false
    }

    /// What follows the last hyphen of a word, when it has no capital letter.
    enum HyphenTail: UInt64 {
        case none = 0
        case common = 1
        case other = 2
    }

    /// The most features one token produces.
    public static let maxPerToken = 41

    public private(set) var facts: [Facts]
    public let sentences: [Range<Int>]

    public init(_ doc: Document, gazetteer: EntityGazetteer) {
        let clusters = gazetteer.clusters
        let member = gazetteer.memberships(doc)
        var facts = doc.tokens.map {
            Facts(
                lower: $0.lowerHash, exact: $0.hash, shape: 0, prefix: 0, suffix: 0, gazetteer: 0, cluster: 0,
                middle: 0, coarse: 0, first: false, plain: true, endsName: false, hyphenTail: .none)
        }
        let organizationWord = EntityGazetteer.Membership.organizationWord.rawValue
        let forms = EntityFeatures.forms(doc)
        for sentence in doc.sentences {
            let caps = EntityFeatures.isAllCapsLine(doc, sentence)
            // Scanned right to left, so each token knows where the next organisation word is.
            var nextOrganizationWord = Int.max
            for i in sentence.reversed() {
                let ahead = nextOrganizationWord - i <= 3
                if member[i].rawValue & organizationWord != 0 { nextOrganizationWord = i }
                facts[i].organizationAhead = ahead
            }
            for i in sentence {
                let t = doc.tokens[i]
                let form = forms[i]
                // Few words have a hyphen: the others skip the call.
                let tail = t.has(.hasHyphen) ? EntityFeatures.hyphenTail(doc, t, gazetteer) : .none
                // In a line of capitals the exact form is not the word's usual spelling.
                let c = clusters.levels(hash: caps ? t.lowerHash : t.hash, lowerHash: t.lowerHash)
                facts[i] =
                    (Facts(
                        lower: t.lowerHash,
                        exact: caps ? t.lowerHash : t.hash,
                        shape: caps ? TokenHash.combine(form.shape, 0x2A) : form.shape,
                        prefix: form.prefix,
                        suffix: form.suffix,
                        gazetteer: member[i].rawValue,
                        cluster: c.fine,
                        middle: c.middle,
                        coarse: c.coarse,
                        first: EntityFeatures.opens(doc, i, sentence),
                        plain: form.plain,
                        endsName: tail != .none,
                        hyphenTail: tail,
                        organizationAhead: facts[i].organizationAhead))
            }
        }
        self.facts = facts
        self.sentences = doc.sentences
    }

    /// A line (sentence) in capitals, such as a headline or dateline: most of its words have no
    /// lowercase letter, so capitalisation cannot tell names apart there.
    static func isAllCapsLine(_ doc: Document, _ sentence: Range<Int>) -> Bool {
        var words = 0
        var caps = 0
        for i in sentence where doc.tokens[i].kind == .word {
            let t = doc.tokens[i]
            guard t.has(.capitalized) || t.has(.hasLower) else { continue }
            words += 1
            if t.has(.allCaps) { caps += 1 }
        }
        return words >= 2 && caps * 10 >= words * 8
    }

    /// Whether token `i` is the first word of its sentence, or follows a quotation mark, colon,
    /// bracket or dash: positions where capitals say nothing about names.
    @inline(__always) static func opens(_ doc: Document, _ i: Int, _ sentence: Range<Int>) -> Bool {
        var k = i - 1
        while k >= sentence.lowerBound {
            let t = doc.tokens[k]
            if t.kind == .quote { return true }
            guard t.kind == .punct else { return false }
            let v = doc.scalars[Int(t.start)].value
            if v == 0x3A || v == 0x28 || v == 0x2014 || v == 0x2013 || v == 0x2D { return true }
            k -= 1
        }
        return true
    }

    /// Clears, in `sentence`, the name-list memberships in `lists`. The trainer switches lists
    /// off at random so the model learns to find names no list holds, and never leans on one.
    public mutating func removeLists(_ lists: EntityGazetteer.Membership, in sentence: Range<Int>) {
        for i in sentence { facts[i].gazetteer &= ~lists.rawValue }
    }

    /// Whether `t`'s part after its last hyphen is lowercase letters, and if so whether it is a
    /// common word.
    static func hyphenTail(_ doc: Document, _ t: Token, _ gazetteer: EntityGazetteer) -> HyphenTail {
        guard t.kind == .word, t.has(.hasHyphen), t.length > 2 else { return .none }
        let end = Int(t.end)
        var p = end - 1
        while p > Int(t.start) {
            let u = doc.scalars[p]
            if u == "-" {
                guard p < end - 1 else { return .none }
                var h = TokenHash.offset
                for k in p + 1..<end { h = TokenHash.combine(h, doc.scalars[k].value) }
                return gazetteer.isCommonWord(lowerHash: h) ? .common : .other
            }
            if !ScalarClass.isLowerLetter(u) { return .none }
            p -= 1
        }
        return .none
    }

    /// The tag before token `i` as far as what may follow it goes: after a hyphenated adjective
    /// a name can only begin, as at the start of a sentence.
    public func previous(_ i: Int, _ tag: EntityTag) -> EntityTag {
        i > 0 && facts[i - 1].endsName ? .outside : tag
    }

    /// Whether token `i` opens its sentence or a quotation.
    public func opensSentence(_ i: Int) -> Bool { facts[i].first }

    /// Whether the text also writes token `i`'s word in lowercase.
    public func isWrittenInLowercase(_ i: Int) -> Bool {
        facts[i].gazetteer & EntityGazetteer.Membership.lowercaseElsewhere.rawValue != 0
    }

    /// Whether token `i` is a form of address ("Mr", "Dr"): the tagger leaves it outside every
    /// name, and the trainer does not learn from it.
    public func isHonorific(_ i: Int) -> Bool {
        facts[i].gazetteer & EntityGazetteer.Membership.honorific.rawValue != 0
    }

    /// Whether token `i` is a title ("Mr", "President"), which no person or place name includes.
    public func isTitle(_ i: Int) -> Bool { facts[i].gazetteer & EntityGazetteer.Membership.title.rawValue != 0 }

    /// Whether token `i` has no uppercase letter: after an outside tag such a token is outside
    /// too, so the tagger skips scoring it (and the trainer skips learning from it).
    public func isPlain(_ i: Int) -> Bool { facts[i].plain }

    /// What a token's own scalars give the features, before the line's case is known.
    struct Form {
        /// See `shape`.
        var shape: UInt64
        /// No uppercase letter.
        var plain: Bool
        var prefix: UInt64
        var suffix: UInt64
    }

    /// Every token's `Form`. The scalars are read directly: through the array, each read paid for
    /// a bounds check and a retain of the document's storage.
    static func forms(_ doc: Document) -> [Form] {
        doc.scalars.withUnsafeBufferPointer { s in
            doc.tokens.map { t in
                let (shape, plain) = EntityFeatures.shape(s, t)
                return Form(
                    shape: shape, plain: plain, prefix: EntityFeatures.affix(s, t, prefix: true),
                    suffix: EntityFeatures.affix(s, t, prefix: false))
            }
        }
    }

    /// The token's shape (upper, lower, digit or the symbol itself, runs capped at two, over its
    /// first 25 scalars), and whether it has no uppercase letter. A line in capitals marks it
    /// further (see `init`).
    @inline(__always) static func shape(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ t: Token) -> (UInt64, Bool) {
        var h = TokenHash.offset
        var last: UInt32 = 0
        var run = 0
        var plain = true
        for p in Int(t.start)..<min(Int(t.end), Int(t.start) + 25) {
            let v = s[p].value
            let c: UInt32
            // ASCII by ranges; beyond it, Unicode's properties.
            if v &- 0x41 < 26 {
                c = 0x58  // X
                plain = false
            } else if v &- 0x61 < 26 {
                c = 0x78  // x
            } else if v &- 0x30 < 10 {
                c = 0x64  // d
            } else if v < 0x80 {
                c = v
            } else if ScalarClass.isUpper(s[p]) {
                c = 0x58
                plain = false
            } else if ScalarClass.isLowerLetter(s[p]) || ScalarClass.isLetter(s[p]) {
                c = 0x78
            } else {
                c = v
            }
            if c == last {
                run += 1
            } else {
                run = 1
                last = c
            }
            if run <= 2 { h = TokenHash.combine(h, c) }
        }
        return (h, plain)
    }

    /// Lowercase hash of the first or last three scalars of a word token (0 otherwise).
    static func affix(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ t: Token, prefix: Bool) -> UInt64 {
        guard t.kind == .word, t.length > 3 else { return 0 }
        var h = TokenHash.offset
        let a = prefix ? Int(t.start) : Int(t.end) - 3
        for p in a..<a + 3 {
            let v = s[p].value
            h = TokenHash.combine(h, v &- 0x41 < 26 ? v | 0x20 : v < 0x80 ? v : ScalarClass.lower(s[p]).value)
        }
        return h
    }

    static let boundary: UInt64 = 0x5bd1_e995_1234_5678

    /// Writes the row indexes of token `i`'s features into `out` and returns how many.
    /// `sentence` bounds the context; `prev1`/`prev2` are the tags already chosen to the left.
    public func extract(
        _ i: Int, sentence: Range<Int>, prev1: EntityTag, prev2: EntityTag, rowBits: Int,
        into out: UnsafeMutablePointer<UInt32>
    ) -> Int {
        var n = 0
        @inline(__always) func add(_ template: UInt64, _ value: UInt64) {
            out[n] = FeatureRow.index(template, value, rowBits: rowBits)
            n += 1
        }
        let f = facts[i]
        let hasLeft1 = i - 1 >= sentence.lowerBound
        let hasLeft2 = i - 2 >= sentence.lowerBound
        let hasRight1 = i + 1 < sentence.upperBound
        let hasRight2 = i + 2 < sentence.upperBound
        let l1 = hasLeft1 ? facts[i - 1].lower : Self.boundary
        let l2 = hasLeft2 ? facts[i - 2].lower : Self.boundary
        let r1 = hasRight1 ? facts[i + 1].lower : Self.boundary &+ 1
        let r2 = hasRight2 ? facts[i + 2].lower : Self.boundary &+ 1
        let s1 = hasLeft1 ? facts[i - 1].shape : Self.boundary
        let sr = hasRight1 ? facts[i + 1].shape : Self.boundary &+ 1
        let sr2 = hasRight2 ? facts[i + 2].shape : Self.boundary &+ 1
        let g1 = hasLeft1 ? UInt64(facts[i - 1].gazetteer) : 0x1_0000_0000
        let gr = hasRight1 ? UInt64(facts[i + 1].gazetteer) : 0x1_0000_0000
        let c1 = hasLeft1 ? facts[i - 1].cluster : Self.boundary
        let cr = hasRight1 ? facts[i + 1].cluster : Self.boundary &+ 1
        let m1 = hasLeft1 ? facts[i - 1].middle : Self.boundary
        let mr = hasRight1 ? facts[i + 1].middle : Self.boundary &+ 1
        let t1 = UInt64(prev1.rawValue)
        let t2 = UInt64(prev2.rawValue)
        add(1, 0)
        add(2, f.lower)
        add(3, f.exact)
        add(4, f.shape)
        add(5, f.suffix)
        add(6, f.prefix)
        add(7, l1)
        add(8, r1)
        add(9, l2)
        add(10, r2)
        add(11, s1 &* 31 &+ f.shape)
        add(12, f.shape &* 31 &+ sr)
        add(13, t1)
        add(14, t1 &* 16 &+ t2)
        add(15, f.lower &+ t1)
        add(16, l1 &* 31 &+ f.lower)
        add(17, f.lower &* 31 &+ r1)
        add(18, UInt64(f.gazetteer))
        add(19, g1)
        add(20, gr)
        add(21, (f.first ? 1 : 2) &+ f.shape)
        add(22, f.shape &+ t1)
        add(23, UInt64(f.gazetteer) &* 31 &+ f.shape)
        add(24, l1 &* 31 &+ f.shape)
        add(25, f.shape &* 31 &+ r1)
        add(26, (UInt64((f.gazetteer >> 9) & 3) &* 2 &+ (f.first ? 1 : 0)) &* 31 &+ f.shape)
        add(27, sr &* 31 &+ sr2)
        add(28, f.lower &* 31 &+ sr)
        add(29, l1 &* 31 &+ r1)
        add(30, f.cluster)
        add(31, f.middle)
        add(32, f.coarse)
        add(33, c1)
        add(34, cr)
        add(35, m1 &* 4099 &+ f.middle)
        add(36, f.middle &* 4099 &+ mr)
        add(37, f.coarse &* 31 &+ f.shape)
        add(38, f.middle &* 31 &+ t1)
        if f.hyphenTail != .none {
            add(39, f.hyphenTail.rawValue &* 31 &+ f.shape)
            add(40, f.hyphenTail.rawValue &* 16 &+ t1)
        }
        if f.organizationAhead { add(41, f.shape &+ t1 &* 7) }
        return n
    }
}
