import CArena
import Foundation
import Testing

/// The arena stands in for malloc inside libxml2, so every path libxml2 can take through it
/// must keep the contract of malloc/realloc/free, on each thread independently.
@Suite struct ArenaAllocatorTests {
    /// Runs `body` on a fresh thread, so that each test starts with a thread whose arena is
    /// untouched (Swift Testing may run several tests on one thread).
    private func onFreshThread(_ body: @escaping @Sendable () -> Void) {
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            body()
            done.signal()
        }
        thread.stackSize = 1 << 20
        thread.start()
        done.wait()
    }

    @Test func allocationsComeFromTheArenaOnlyWhileFilling() {
        onFreshThread {
            let before = knews_arena_malloc(64)!
            #expect(knews_arena_used() == 0, "outside begin/hold, malloc is the C library's")
            let token = knews_arena_begin()!
            let inside = knews_arena_malloc(100)!
            #expect(knews_arena_used() >= 100)
            knews_arena_hold(token)
            let usedWhileHolding = knews_arena_used()
            let after = knews_arena_malloc(64)!
            #expect(knews_arena_used() == usedWhileHolding, "after hold, malloc is the C library's again")
            // Frees of arena memory are no-ops; the others really free.
            knews_arena_free(inside)
            knews_arena_free(after)
            knews_arena_free(before)
            knews_arena_release(token)
            #expect(knews_arena_used() == 0)
            #expect(knews_arena_reserved() > 0, "chunks are kept for the next tree")
        }
    }

    @Test func aSecondBeginWhileHoldingIsRefused() {
        onFreshThread {
            let first = knews_arena_begin()
            #expect(first != nil)
            #expect(knews_arena_begin() == nil, "still filling")
            knews_arena_hold(first)
            #expect(knews_arena_begin() == nil, "still holding a live tree")
            knews_arena_release(first)
            let again = knews_arena_begin()
            #expect(again != nil)
            knews_arena_release(again)
        }
    }

    @Test func contentSurvivesUntilRelease() {
        onFreshThread {
            let token = knews_arena_begin()!
            var blocks: [(UnsafeMutablePointer<UInt8>, Int)] = []
            // Many sizes, including zero and sizes that are not multiples of the alignment.
            for n in 0..<2_000 {
                let size = (n * 37) % 700
                let raw = knews_arena_malloc(size)!
                #expect(Int(bitPattern: raw) % 16 == 0, "malloc's alignment")
                let bytes = raw.bindMemory(to: UInt8.self, capacity: max(size, 1))
                for i in 0..<size { bytes[i] = UInt8(truncatingIfNeeded: n &+ i) }
                blocks.append((bytes, size))
                if n % 3 == 0 { knews_arena_free(raw) }  // freed early: must stay intact
            }
            knews_arena_hold(token)
            for (n, (bytes, size)) in blocks.enumerated() {
                for i in 0..<size where bytes[i] != UInt8(truncatingIfNeeded: n &+ i) {
                    Issue.record("block \(n) byte \(i) overwritten")
                    break
                }
            }
            knews_arena_release(token)
        }
    }

    @Test func reallocKeepsTheBytesAndGrowsInPlaceWhenLast() {
        onFreshThread {
            let token = knews_arena_begin()!
            let first = knews_arena_malloc(10)!.bindMemory(to: UInt8.self, capacity: 10)
            for i in 0..<10 { first[i] = UInt8(i) }
            // The last allocation grows where it is.
            let grown = knews_arena_realloc(first, 5_000)!.bindMemory(to: UInt8.self, capacity: 5_000)
            #expect(grown == first)
            #expect((0..<10).allSatisfy { grown[$0] == UInt8($0) })
            // Once something else was allocated after it, it moves, bytes and all.
            _ = knews_arena_malloc(32)
            let moved = knews_arena_realloc(grown, 9_000)!.bindMemory(to: UInt8.self, capacity: 9_000)
            #expect(moved != grown)
            #expect((0..<10).allSatisfy { moved[$0] == UInt8($0) })
            // Shrinking keeps the block.
            #expect(knews_arena_realloc(moved, 4)! == UnsafeMutableRawPointer(moved))
            // An arena block reallocated after the parse becomes an ordinary malloc block.
            knews_arena_hold(token)
            let outside = knews_arena_realloc(moved, 20_000)!.bindMemory(to: UInt8.self, capacity: 20_000)
            #expect((0..<10).allSatisfy { outside[$0] == UInt8($0) })
            knews_arena_release(token)
            outside[19_999] = 1  // still valid after the release: it is malloc's
            knews_arena_free(outside)
        }
    }

    /// A tree bigger than the first chunk takes more chunks; all of it is reusable afterwards,
    /// and a free of a pointer from before the release is still recognised (libxml2 keeps
    /// its last error's strings in a thread global across parses).
    @Test func bigTreesTakeMoreChunksAndStalePointersStayHarmless() {
        onFreshThread {
            let token = knews_arena_begin()!
            var stale: [UnsafeMutableRawPointer] = []
            for _ in 0..<300 { stale.append(knews_arena_malloc(64 * 1024)!) }  // ~19 MiB
            stale.append(knews_arena_malloc(40 << 20)!)  // one block bigger than any chunk so far
            #expect(knews_arena_used() > 50 << 20)
            let reserved = knews_arena_reserved()
            knews_arena_release(token)
            #expect(knews_arena_used() == 0)
            for pointer in stale { knews_arena_free(pointer) }  // must not reach free()
            let again = knews_arena_begin()!
            for _ in 0..<300 { _ = knews_arena_malloc(64 * 1024) }
            #expect(knews_arena_reserved() == reserved, "the same tree again needs no new chunk")
            knews_arena_release(again)
        }
    }

    @Test func releaseFromAnotherThreadDoesNothing() {
        nonisolated(unsafe) var token: UnsafeMutableRawPointer?
        let owner = DispatchSemaphore(value: 0)
        let other = DispatchSemaphore(value: 0)
        let finished = DispatchSemaphore(value: 0)
        Thread {
            token = knews_arena_begin()
            _ = knews_arena_malloc(128)
            knews_arena_hold(token)
            owner.signal()
            other.wait()
            // The foreign release changed nothing: the tree is still held.
            #expect(knews_arena_used() >= 128)
            #expect(knews_arena_begin() == nil)
            knews_arena_release(token)
            #expect(knews_arena_used() == 0)
            finished.signal()
        }.start()
        owner.wait()
        onFreshThread { knews_arena_release(token) }
        other.signal()
        finished.wait()
    }

    @Test func strdupCopiesIntoTheArena() {
        onFreshThread {
            let token = knews_arena_begin()!
            let copy = "한국어 문자열".withCString { knews_arena_strdup($0)! }
            #expect(String(cString: copy) == "한국어 문자열")
            #expect(knews_arena_used() > 0)
            knews_arena_hold(token)
            knews_arena_release(token)
        }
    }
}
