import Testing
@testable import NewsGraph

@Suite struct SHA256Tests {
    @Test func knownVectors() {
        #expect(SHA256.hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        // Two blocks: the padding spills into a second 64-byte block.
        #expect(SHA256.hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(SHA256.hex(String(repeating: "a", count: 1000)) == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    }

    /// Lengths around the block and padding boundaries (55, 56, 63, 64, 119, 120 bytes),
    /// contiguous or not, bridged or native: the same digest. The expected values are
    /// Python's hashlib.sha256 of the same bytes.
    @Test func blockBoundariesAndNonContiguousInput() {
        let expected: [Int: String] = [
            55: "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318",
            56: "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a",
            63: "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34",
            64: "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb",
            119: "31eba51c313a5c08226adf18d4a359cfdfd8d2e816b13f4af952f7ea6584dcfb",
            120: "2f3d335432c70b580af0e8e1b3674a7c020d683aa5f73aaaedfdc55af904c21c",
        ]
        for (count, digest) in expected {
            let text = String(repeating: "a", count: count)
            #expect(SHA256.hex(text) == digest, "\(count) bytes")
            let bytes = Array(text.utf8)
            #expect(SHA256.digest(bytes) == SHA256.digest(bytes.lazy.map { $0 }), "\(count) bytes")
            #expect(SHA256.digest(bytes).count == 32)
        }
        // Non-ASCII text hashes its UTF-8 bytes.
        #expect(SHA256.hex("Zoë") == "c6a12698582fc1104ea24107a2d7268145ff06ef859707729d01fd060897f067")
    }
}
