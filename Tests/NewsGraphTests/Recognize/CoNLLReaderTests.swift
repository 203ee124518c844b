import Testing
@testable import NewsGraph

@Suite struct CoNLLReaderTests {
    @Test func readsIOB1AsConllevalDoes() throws {
        let text = """
            -DOCSTART- -X- -X- O

            EU NNP I-NP I-ORG
            rejects VBZ I-VP O
            German JJ I-NP I-MISC
            Peter NNP I-NP I-PER
            Blackburn NNP I-NP I-PER
            Bill NNP I-NP B-PER
            . . O O

            -DOCSTART- -X- -X- O

            BRUSSELS NNP I-NP I-LOC
            """
        let docs = try CoNLLReader.parse(text, source: "inline")
        #expect(docs.count == 2)
        let sentence = try #require(docs.first?.sentences.first)
        #expect(sentence.tokens == ["EU", "rejects", "German", "Peter", "Blackburn", "Bill", "."])
        #expect(sentence.tags.map(BIOTags.name) == ["B-ORG", "O", "B-MISC", "B-PER", "I-PER", "B-PER", "O"])
        #expect(docs[1].sentences[0].tags.map(BIOTags.name) == ["B-LOC"])
    }

    /// A file saved with Windows line endings: "\r\n" is one Character, so splitting on "\n"
    /// Characters read the whole file as one line (one token, tagged with the file's last tag).
    @Test func readsWindowsLineEndings() throws {
        let docs = try CoNLLReader.parse("-DOCSTART- -X- -X- O\r\n\r\nNew\tB-LOC\r\nYork\tI-LOC\r\nis\tO\r\n\r\nfine\tO\r\n", source: "crlf")
        #expect(docs.count == 1)
        #expect(docs.first?.sentences.map(\.tokens) == [["New", "York", "is"], ["fine"]])
        #expect(docs.first?.sentences.first?.tags.map(BIOTags.name) == ["B-LOC", "I-LOC", "O"])
    }

    @Test func readsIOB2AndTabSeparatedTwoColumnFiles() throws {
        let docs = try CoNLLReader.parse("New\tB-LOC\nYork\tI-LOC\nis\tO\n\nfine\tO\n", source: "x")
        #expect(docs.count == 1)
        #expect(docs[0].sentences.count == 2)
        #expect(docs[0].sentences[0].tags.map(BIOTags.name) == ["B-LOC", "I-LOC", "O"])
    }

    @Test func badLinesNameTheInputAndLine() {
        #expect(throws: CoNLLError.self) { try CoNLLReader.parse("ok O\nlonely\n", source: "f.txt") }
        do {
            _ = try CoNLLReader.parse("ok O\nword B-FOO\n", source: "f.txt")
            Issue.record("expected an error")
        } catch {
            #expect(error.description == "f.txt:2: unknown tag \"B-FOO\"")
        }
    }
}
