/// Given names by usual gender, so "she" can find "Jean Lee" and skip "Donald Trump" when no
/// title says which is which. `male` and `female` are names the news often gives (many from
/// outside the US, and a few the US census counts for both sexes, such as "Jean"); they decide
/// first. The census lists (`Resources/gazetteer/given-names-*.txt`, built by
/// `Scripts/build-given-names.py`) cover the rest: names borne by one sex at least nine times as
/// often as by the other.
enum GivenNames {
    /// The usual gender of a given name, by lowercase hash. Many census names are also surnames
    /// ("Clinton", "Morgan"), so they count only `beforeSurname`.
    static func gender(_ h: UInt64, beforeSurname: Bool) -> Gender {
        if male.contains(h) { return .male }
        if female.contains(h) { return .female }
        guard beforeSurname else { return .unknown }
        if censusMale.contains(h) { return .male }
        if censusFemale.contains(h) { return .female }
        return .unknown
    }

    static let censusMale = EntityGazetteer.resourceWords("given-names-male")
    static let censusFemale = EntityGazetteer.resourceWords("given-names-female")

    static let male = QuoteWords.set([
        "aaron", "adam", "alan", "albert", "alex", "alexander", "andrew", "anthony", "antony", "arthur", "barack",
        "ben", "benjamin", "bernie", "bill", "billy", "bob", "bobby", "boris", "brad", "brian", "bruce", "carl",
        "charles", "charlie", "chris", "christopher", "chuck", "craig", "dan", "daniel", "dave", "david", "dennis",
        "dick", "don", "donald", "doug", "douglas", "ed", "edward", "emmanuel", "eric", "frank", "fred", "gary",
        "george", "gerald", "greg", "gregory", "harry", "henry", "howard", "ian", "jack", "jacob", "jake", "james",
        "jason", "jeb", "jeff", "jeffrey", "jeremy", "jerry", "jim", "jimmy", "joe", "john", "johnny", "jon",
        "jonathan", "joseph", "josh", "joshua", "justin", "keith", "ken", "kenneth", "kevin", "larry", "lawrence",
        "lindsey", "marco", "mark", "martin", "matt", "matthew", "michael", "mike", "mitch", "mitt", "nathan",
        "neil", "nicholas", "nick", "oliver", "patrick", "paul", "peter", "phil", "philip", "ralph", "randy",
        "ray", "reince", "richard", "rick", "rob", "robert", "roger", "ron", "ronald", "rudy", "russell", "ryan",
        "sam", "samuel", "scott", "sean", "sergey", "stephen", "steve", "steven", "ted", "thomas", "tim",
        "timothy", "tom", "tony", "vladimir", "walter", "wayne", "william", "shinzo",
        "narendra", "recep", "justin", "newt", "rand", "chris", "corey", "kellyanne", "mohammed", "muhammad",
        "ahmed", "ali", "hassan", "omar", "jose", "juan", "carlos", "luis", "pedro", "antonio", "francois",
        "jean-claude", "pierre", "hans", "klaus", "wolfgang", "dmitry", "sergei", "ivan", "yuri", "hugh",
        "gordon", "tony", "nigel", "boris", "jeremy", "rishi", "keir", "graham", "alistair", "gareth", "wayne",
    ])

    static let female = QuoteWords.set([
        "abigail", "alice", "alicia", "amanda", "amy", "andrea", "angela", "ann", "anna", "anne", "barbara",
        "betsy", "betty", "beth", "bonnie", "brenda", "carol", "caroline", "catherine", "cheryl", "christine",
        "claire", "debbie", "deborah", "diana", "diane", "donna", "dorothy", "elizabeth", "ellen", "emily",
        "emma", "eva", "grace", "hannah", "heather", "helen", "hillary", "huma", "ivanka", "jane", "janet",
        "jean", "jennifer", "jessica", "jill", "joan", "joanne", "josephine", "joyce", "judith", "judy", "julia",
        "julie", "karen", "katherine", "kathleen", "kathy", "kate", "katie", "kelly", "kimberly", "laura",
        "lauren", "linda", "lisa", "loretta", "lori", "louise", "lynn", "margaret", "maria", "marie", "marilyn",
        "martha", "mary", "megan", "melania", "melanie", "melissa", "michelle", "nancy", "nicole", "nikki",
        "olivia", "pamela", "patricia", "paula", "rachel", "rebecca", "rosa", "rose", "ruth", "samantha",
        "sandra", "sara", "sarah", "sharon", "shirley", "sophie", "stephanie", "susan", "teresa", "theresa",
        "tiffany", "tulsi", "valerie", "victoria", "virginia", "wendy", "charlotte",
        "ava", "kirsten", "kamala", "dianne", "condoleezza",
        "madeleine", "theresa", "nicola", "priti", "yvette", "harriet", "tessa", "jacinda", "marine", "ursula",
        "christine", "federica", "agnes", "ingrid", "sonia", "indira", "benazir",
    ])
}
