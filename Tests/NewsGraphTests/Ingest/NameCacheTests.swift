import Testing
@testable import NewsGraph

@Suite struct NameCacheTests {
    /// A C string at a fixed address that the test can rewrite.
    final class Buffer {
        let pointer: UnsafeMutablePointer<UInt8>
        init(capacity: Int) {
            pointer = .allocate(capacity: capacity)
            pointer.initialize(repeating: 0, count: capacity)
        }
        func write(_ text: String) {
            let bytes = Array(text.utf8)
            for (index, byte) in bytes.enumerated() { pointer[index] = byte }
            pointer[bytes.count] = 0
        }
        deinit { pointer.deallocate() }
    }

    @Test func remembersByAddressAndChecksTheName() {
        var cache = NameCache<String>(slots: 8)
        var computed: [String] = []
        let compute = { (raw: UnsafePointer<UInt8>) -> String in
            let name = String(cString: raw)
            computed.append(name)
            return name.uppercased()
        }
        let buffer = Buffer(capacity: 16)
        buffer.write("div")
        #expect(cache.value(for: buffer.pointer, compute) == "DIV")
        #expect(cache.value(for: buffer.pointer, compute) == "DIV")
        #expect(computed == ["div"])
        // The same address now holding another name, shorter, longer, or a prefix of it.
        for name in ["span", "di", "divx", "", "div"] {
            buffer.write(name)
            #expect(cache.value(for: buffer.pointer, compute) == name.uppercased())
        }
        #expect(computed == ["div", "span", "di", "divx", "", "div"])
    }

    /// Every slot shared by many names still answers each one right.
    @Test func collisionsOnlyRecompute() {
        var cache = NameCache<Int>(slots: 1)
        let buffers = (0..<20).map { index -> Buffer in
            let buffer = Buffer(capacity: 8)
            buffer.write("n\(index)")
            return buffer
        }
        for _ in 0..<3 {
            for (index, buffer) in buffers.enumerated() {
                #expect(cache.value(for: buffer.pointer) { Int(String(cString: $0).dropFirst()) ?? -1 } == index)
            }
        }
    }

    @Test func holdsComparesWholeNames() {
        let buffer = Buffer(capacity: 8)
        buffer.write("ab")
        #expect(NameCache<Int>.holds(buffer.pointer, Array("ab".utf8)))
        #expect(!NameCache<Int>.holds(buffer.pointer, Array("a".utf8)))
        #expect(!NameCache<Int>.holds(buffer.pointer, Array("abc".utf8)))
        #expect(!NameCache<Int>.holds(buffer.pointer, []))
        buffer.write("")
        #expect(NameCache<Int>.holds(buffer.pointer, []))
    }
}
