public struct StageSeconds: Sendable, Equatable {
    public var read = 0.0
    public var extract = 0.0
    public var normalize = 0.0
    public var tag = 0.0
    public var write = 0.0
    public var csv = 0.0

    public init() {}
}
