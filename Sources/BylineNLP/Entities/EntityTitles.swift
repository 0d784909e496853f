/// Words that stand before or inside a person's name without being part of it: honorifics,
/// ranks and job titles. They stay out of canonical names ("Councillor Amir Khan" is "Amir
/// Khan"; "Lt Col Jane Roe" is "Jane Roe") while the mention keeps them.
enum EntityTitles {
    /// Every title: the gazetteer's, plus abbreviated ranks and offices news writes without a
    /// period in British style ("Lt Col", "Cllr", "Supt"), and the trades a caption or a
    /// headline writes capitalised before a name ("Actress Denise Crosby", "Broadcaster Piers
    /// Morgan").
    static let all: TokenSet = {
        let words = [
            "Councillor", "Cllr", "Alderman", "Lt", "Col", "Capt", "Maj", "Sgt", "Cpl", "Pte", "Supt", "Insp", "Det",
            "Cmdr", "Brig", "Gov", "Rep", "Assemblyman", "Assemblywoman", "MP", "MEP", "MSP", "Chancellor",
            "Archbishop", "Bishop", "Cardinal", "Pastor", "Ayatollah", "Mme", "Mlle", "Madame", "Monsieur", "Herr",
            "Frau", "Mrs", "Dr", "Constable", "Superintendent", "Marshal", "Corporal", "Private", "Colonel",
            "Lieutenant", "Secretary-General", "CEO", "Chairperson", "Founder", "Co-founder", "Sheriff", "Trooper",
            "Administrator", "Prosecutor", "Actor", "Actress", "Singer", "Singer-songwriter", "Broadcaster",
            "Comedian", "Rapper", "Journalist", "Novelist", "Presenter", "Filmmaker",
        ]
        // The titles list alone: building the whole gazetteer here would load every name list and
        // the word clusters (11 MB) into a reader that annotates nothing, since alias merging and
        // site names clean names with these titles.
        let listed = EntityGazetteer.resource("titles")
        return TokenSet(Set((listed + words).map { TokenHash.lower($0) }))
    }()

    /// Titles that only a person carries: a name written after one of these is a person's,
    /// whatever type the tagger gave it ("MP Penny Sharpe"). Offices that also head company
    /// names ("General Motors", "Chancellor Capital") are left out.
    static let personal: TokenSet = TokenSet(
        Set(
            [
                "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Mx", "Dr", "Dr.", "Prof", "Prof.", "Sir", "Dame",
                "MP", "MEP", "MSP", "Senator", "Sen", "Sen.", "Rep", "Rep.", "Councillor", "Cllr", "Congressman",
                "Congresswoman", "Mme", "Mlle", "Madame", "Monsieur",
            ].map { TokenHash.lower($0) }))

    /// Job titles that join an employer to a person in one run of capitals ("Apple CEO Tim
    /// Cook", "California Governor Gavin Newsom"): inside a tagged person they mark where the
    /// person's name begins.
    static let jobs: TokenSet = TokenSet(
        Set(
            [
                "CEO", "Chief", "Chairman", "Chairwoman", "Chairperson", "President", "Founder", "Co-founder",
                "Spokesman", "Spokeswoman", "Spokesperson", "Director", "Minister", "Secretary", "Governor", "Mayor",
                "Senator", "Coach", "Manager", "Ambassador", "MP", "Boss", "Analyst", "Executive", "Commissioner",
                "Sheriff",
                "Captain", "Capt", "Lieutenant", "Sergeant", "Detective", "Inspector", "Superintendent",
                "Administrator", "Commander", "Prosecutor",
            ].map { TokenHash.lower($0) }))
}
