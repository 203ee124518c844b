import Testing
@testable import NewsGraph

@Suite struct AttributeValuesTests {
    /// Lists are found by their tag's end offset and name, in page order, and written back
    /// for the DOM as the page had them.
    @Test func listsAreFoundByOffsetAndWrittenBack() {
        let page = Array("<DIV class=a hidden><p id='x\"y'>".utf8)
        var values = AttributeValues(page: page)
        let names = AttributeValues.names
        #expect(values.append([AttributeValues.Entry(name: names.firstIndex(of: "class")!, start: 11, count: 1),
                               AttributeValues.Entry(name: names.firstIndex(of: "hidden")!, start: 0, count: -1)],
                              tagEnd: 4, name: 1..<4) == 0)
        #expect(values.append([AttributeValues.Entry(name: names.firstIndex(of: "id")!, start: 27, count: 3)],
                              tagEnd: 7, name: 21..<22) == 1)
        #expect(values.count == 2)
        var next = 0
        #expect(values.list(at: 4, named: "body", from: &next) == nil)
        #expect(values.list(at: 4, named: "div", from: &next) == 0)
        #expect(values.list(at: 7, named: "div", from: &next) == nil)
        #expect(values.list(at: 7, named: "p", from: &next) == 1)
        #expect(values.list(at: 8, named: "p", from: &next) == nil)
        let stripped = Array("<DIV><p>".utf8)
        #expect(String(decoding: values.restoredPage(stripped), as: UTF8.self) == "<DIV class=\"a\" hidden><p id='x\"y'>")
        #expect(AttributeValues().restoredPage(stripped) == stripped)
    }
}
