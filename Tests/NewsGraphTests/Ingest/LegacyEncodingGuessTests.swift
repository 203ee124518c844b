import Testing
@testable import NewsGraph

@Suite struct LegacyEncodingGuessTests {
    private func bytes(_ hex: String) -> [UInt8] {
        var result: [UInt8] = []
        var index = hex.startIndex
        while index < hex.endIndex {
            let next = hex.index(index, offsetBy: 2)
            result.append(UInt8(hex[index..<next], radix: 16) ?? 0)
            index = next
        }
        return result
    }

    private func wrapped(_ hex: String) -> [UInt8] {
        Array("<rss><channel><title>".utf8) + bytes(hex) + Array("</title></channel></rss>".utf8)
    }

    private let russian = "Президент России заявил, что переговоры продолжатся на следующей неделе"
    private let japanese = "東京で新しい会議が始まりました。首相は記者会見で説明しました。"

    @Test(arguments: [
        ("koi8-r", "f0d2c5dac9c4c5ced420f2cfd3d3c9c920dac1d1d7c9cc2c20ded4cf20d0c5d2c5c7cfd7cfd2d920d0d2cfc4cfccd6c1d4d3d120cec120d3ccc5c4d5c0ddc5ca20cec5c4c5ccc5"),
        ("windows-1251", "cff0e5e7e8e4e5edf220d0eef1f1e8e820e7e0ffe2e8eb2c20f7f2ee20efe5f0e5e3eee2eef0fb20eff0eee4eeebe6e0f2f1ff20ede020f1ebe5e4f3fef9e5e920ede5e4e5ebe5"),
    ])
    func cyrillic(encoding: String, hex: String) throws {
        let decoded = try Charset.decode(wrapped(hex), kind: .xml)
        #expect(decoded.encoding == encoding)
        #expect(decoded.text.contains(russian))
    }

    @Test(arguments: [
        ("shift_jis", "938c8b9e82c5905682b582a289ef8b6382aa8e6e82dc82e882dc82b582bd81428ef1918a82cd8b4c8ed289ef8ca982c590e096be82b582dc82b582bd8142"),
        ("euc-jp", "c5ecb5fea4c7bfb7a4b7a4a4b2f1b5c4a4acbbcfa4dea4eaa4dea4b7a4bfa1a3bcf3c1eaa4cfb5adbcd4b2f1b8aba4c7c0e2ccc0a4b7a4dea4b7a4bfa1a3"),
    ])
    func japanese(encoding: String, hex: String) throws {
        let decoded = try Charset.decode(wrapped(hex), kind: .xml)
        #expect(decoded.encoding == encoding)
        #expect(decoded.text.contains(japanese))
    }

    @Test func koreanAndChinese() throws {
        let korean = try Charset.decode(wrapped("bcadbfefbfa1bcad20bbf5b7cebfee20c8b8c0c7b0a120bdc3c0dbb5c7befabdc0b4cfb4d92e20b4ebc5ebb7c9c0ba20b1e2c0dac8b8b0dfbfa1bcad20bcb3b8edc7dfbdc0b4cfb4d92e"), kind: .xml)
        #expect(korean.encoding == "euc-kr")
        #expect(korean.text.contains("서울에서 새로운 회의가 시작되었습니다."))

        let simplified = try Charset.decode(wrapped("d6d0b9fad5feb8aebdf1ccecb1edcabea3acd5e2b8f6b9fabcd2b5c4beadbcc3b7a2d5b9b6d4cac0bde7d3d0d6d8d2aab5c4d3b0cfeca1a3"), kind: .xml)
        #expect(simplified.encoding == "gb18030")
        #expect(simplified.text.contains("中国政府今天表示，这个国家的经济发展对世界有重要的影响。"))

        let traditional = try Charset.decode(wrapped("a4a4b0eaac46a9b2a4b5a4d1aaeda5dca141b36fadd3b0eaae61aabab867c0d9b56fae69b9efa540acc9a6b3adabad6eaababc76c554a143"), kind: .xml)
        #expect(traditional.encoding == "big5")
        #expect(traditional.text.contains("中國政府今天表示，這個國家的經濟發展對世界有重要的影響。"))
    }

    @Test func thaiAndHebrew() throws {
        // "ข่าวเศรษฐกิจไทยวันนี้" in TIS-620, "חדשות היום בירושלים" in windows-1255.
        let thai = try Charset.decode(wrapped("a2e8d2c7e0c8c3c9b0a1d4a8e4b7c2c7d1b9b9d5e9"), kind: .xml)
        #expect(thai.encoding == "tis-620")
        #expect(thai.text.contains("ข่าวเศรษฐกิจไทยวันนี้"))
        let hebrew = try Charset.decode(wrapped("e7e3f9e5fa20e4e9e5ed20e1e9f8e5f9ece9ed"), kind: .xml)
        #expect(hebrew.encoding == "windows-1255")
        #expect(hebrew.text.contains("חדשות היום בירושלים"))
    }

    @Test func westernTextStaysWindows1252() throws {
        // "Crème brûlée à São Paulo – ½ €" in windows-1252: isolated high bytes.
        let decoded = try Charset.decode(wrapped("4372e86d65206272fb6ce96520e02053e36f205061756c6f209620bd2080"), kind: .xml)
        #expect(decoded.encoding == "windows-1252")
        #expect(decoded.text.contains("Crème brûlée à São Paulo – ½ €"))
        #expect(LegacyEncodingGuess.averageHighByteRun(bytes("4372e86d65")) == 1)
    }
}
