import Foundation
import Testing
@testable import NewsGraph

@Suite struct ResourceLocatorTests {
    @Test func findsShippedResourceAndNamesMissingOnes() throws {
        #expect(ResourceLocator.url(for: "README.md") != nil)
        #expect(throws: ResourceError.self) { try ResourceLocator.data(for: "no/such/file.bin") }
        do {
            _ = try ResourceLocator.data(for: "no/such/file.bin")
        } catch {
            #expect(error.description == "resource no/such/file.bin: not found in any resource folder")
        }
    }
}
