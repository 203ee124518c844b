import Testing
@testable import NewsGraph

@Suite struct AttributeValuesTests {
    /// What `writeReference` writes, `expand` reads back, for numbers of every length; a value
    /// that is not a reference to a stored list is left to the caller.
    @Test func referencesRoundTrip() {
        let page = Array("abcdefghij".utf8)
        var values = AttributeValues(page: page)
        for index in 0..<12_346 {
            let name = index % AttributeValues.names.count
            let list = [AttributeValues.Entry(name: name, start: index % 10, count: index % 7 == 0 ? -1 : 1)]
            #expect(values.append(list, tagEnd: 2 * index, name: 0..<1) == index)
        }
        for number in [0, 9, 10, 99, 100, 12_345] {
            var written: [UInt8] = []
            AttributeValues.writeReference(number, to: &written)
            #expect(String(decoding: written.prefix(4), as: UTF8.self) == " _=\"")
            #expect(written.last == UInt8(ascii: "\""))
            // libxml2 hands the callbacks the value between the quotes, as a C string.
            let value = Array(written.dropFirst(4).dropLast()) + [0]
            var seen: [(String, String?)] = []
            let expanded = value.withUnsafeBufferPointer { pointer in
                values.expand(pointer.baseAddress) { name, bytes in seen.append((name, bytes.map { String(decoding: $0, as: UTF8.self) })) }
            }
            #expect(expanded, "\(number)")
            #expect(seen.map(\.0) == [AttributeValues.names[number % AttributeValues.names.count]])
            #expect(seen.map(\.1) == [number % 7 == 0 ? nil : String(UnicodeScalar(UInt8(ascii: "a") + UInt8(number % 10)))])
        }
        for notAReference in ["\u{7F}12346", "\u{7F}", "\u{7F}1x", "12", "\u{7F}1234567890", "x"] {
            let value = Array(notAReference.utf8) + [0]
            #expect(!value.withUnsafeBufferPointer { values.expand($0.baseAddress) { _, _ in } }, "\(notAReference.debugDescription)")
        }
        #expect(!values.expand(nil) { _, _ in })
    }
}
