import Testing
@testable import NewsGraph

@Suite struct PageMetadataTests {
    @Test(arguments: [
        ("By Jane Doe Published 7:07 PM", "Jane Doe"), ("Jane Doe | Reuters", "Jane Doe"), ("Jane Doe • Reuters", "Jane Doe"),
        ("Jane Doe · Reuters", "Jane Doe"), ("von Zoë Müller Last updated today", "Zoë Müller"),
        ("Jane Doe, Reuters", "Jane Doe, Reuters"), ("Jane Doe Updated", "Jane Doe"), ("Jane Doe Posted:", "Jane Doe"),
    ])
    func bylineIsCutAtItsMarkers(_ raw: String, _ expected: String) {
        #expect(PageMetadata.cleanByline(raw) == expected)
    }

    /// A marker is found wherever Foundation finds it, canonical equivalents included.
    @Test func bylineMarkerMatchesCanonicalEquivalents() {
        #expect(PageMetadata.cleanByline("Jane Doe \u{387} Reuters") == "Jane Doe \u{387} Reuters".components(separatedBy: " \u{B7} ")[0]
            .trimmingCharacters(in: .init(charactersIn: " ,;|-–—")))
    }
}
