/// What the generic extractor considered for one page and why each winner won, one line per
/// candidate; `knews extract --explain` prints it.
///
/// A class so the extractor can add lines from non-mutating code while it reads its own state.
public final class Explanation {
    public var lines: [String] = []

    public init() {}
}
