import NewsModel

/// The entities a batch of rows names, numbered in first-use order and upgraded by the rule
/// `ArticleStore` upgrades a stored entity with (`shouldReplace`): what `knews analyze`
/// resolves its mentions' entities with (`ArticleRows.resolved`), in place of the `entities`
/// table that `knews run` resolves them against.
public struct EntityRegistry: Sendable {
    /// By id: entity `i` has id `i`.
    public private(set) var entities: [Entity] = []
    private var index: [EntityName: Int] = [:]

    public init() {}

    /// The id of `name`, adding or upgrading it with `given`; nil when neither this registry
    /// nor `given` knows the name (as the store returns nil for a name it has no row of).
    public mutating func id(for name: String, given: Entity?) -> Int64? {
        let key = EntityName(name)
        if let at = index[key] {
            if let given, ArticleStore.shouldReplace(entities[at], with: given) { entities[at] = given }
            return Int64(at)
        }
        guard let given else { return nil }
        index[key] = entities.count
        entities.append(given)
        return Int64(entities.count - 1)
    }
}
