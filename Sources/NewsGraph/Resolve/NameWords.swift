/// The words of a name: `name.split(separator: " ")`, read on the UTF-8 bytes when the name is
/// ASCII.
///
/// `split` on a `String` walks `Character`s (grapheme breaking, thousands of instructions for
/// a short name), and the resolver splits every candidate's name and every person's key. For
/// ASCII every `Character` but "\r\n" is one byte and none holds a space, so splitting the
/// bytes at 0x20 gives the same words; any other name takes `split` itself (a space next to a
/// combining mark or a prepended scalar can belong to a `Character` that is not " ").
///
/// ```swift
/// NameWords.split("Vladimir  Putin")   // ["Vladimir", "Putin"]
/// ```
enum NameWords {
    static func split(_ name: String) -> [Substring] {
        let utf8 = name.utf8
        for byte in utf8 where byte >= 0x80 { return name.split(separator: " ") }
        return utf8.split(separator: 0x20).map { name[$0.startIndex..<$0.endIndex] }
    }
}
