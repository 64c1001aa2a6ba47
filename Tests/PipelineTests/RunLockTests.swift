import Testing
@testable import Pipeline

@Suite struct RunLockTests {
    @Test func aSecondHolderIsRefusedAtOnceAndTheLockIsFreedOnRelease() throws {
        let folder = try TemporaryFolder()
        let path = folder.path + "/knews.sqlite.lock"
        var first: RunLock? = try RunLock(path: path)
        do {
            _ = try RunLock(path: path)
            Issue.record("a second lock must be refused while the first is held")
        } catch {
            guard case .lockHeld(let lockPath) = error else {
                Issue.record("unexpected error \(error)")
                return
            }
            #expect(lockPath == path)
            #expect(error.exitStatus == 75)
        }
        withExtendedLifetime(first) {}
        first = nil
        _ = try RunLock(path: path)
    }
}
