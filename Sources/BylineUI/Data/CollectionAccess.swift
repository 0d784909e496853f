import BylineCore
import BylineNLP

extension ArticleCollection {
    /// Article `i` (its id: the position in `articles`).
    func article(_ i: Int) -> Article { articles[i] }
}

extension Query.Term {
    /// The filter term for an entity of the index: a date filters by its resolved value, which
    /// is the date entity's name.
    init(entity: Entity) {
        switch entity.type {
        case .person: self.init(.person, entity.name)
        case .organization: self.init(.org, entity.name)
        case .place: self.init(.place, entity.name)
        case .date: self.init(.date, entity.name)
        }
    }
}
