import Foundation

/// An entity name as a dictionary key, hashed and compared over its UTF-8 bytes.
///
/// Swift hashes and compares non-ASCII strings through Unicode normalization, which was most
/// of the writer's cost per entity mention for Korean names. Bytes are also what the
/// database compares: `entities.name` is UNIQUE under SQLite's binary collation, so two
/// spellings that are canonically equal but byte-different are two rows there, and the
/// cache must not take one for the other.
struct EntityName: Hashable {
    let text: String

    init(_ text: String) { self.text = text }

    static func == (lhs: EntityName, rhs: EntityName) -> Bool {
        var left = lhs.text, right = rhs.text
        return left.withUTF8 { l in
            right.withUTF8 { r in
                l.count == r.count && (l.count == 0 || memcmp(l.baseAddress!, r.baseAddress!, l.count) == 0)
            }
        }
    }

    func hash(into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
