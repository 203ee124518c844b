import Foundation
import Testing
@testable import NewsGraph

@Suite struct TaggerTests {
    /// A toy set: names after "Mr." are people, words after "in" are places, "Acme Corp" is an
    /// organization. Small enough to train in milliseconds.
    static let toy: [LabeledDocument] = {
        let text = """
            Mr. O
            Smith B-PER
            lives O
            in O
            Paris B-LOC
            . O

            Mr. O
            Jones B-PER
            works O
            for O
            Acme B-ORG
            Corp I-ORG
            in O
            Berlin B-LOC
            . O

            Mr. O
            Brown B-PER
            left O
            Acme B-ORG
            Corp I-ORG
            . O

            She O
            flew O
            to O
            Rome B-LOC
            with O
            Mr. O
            Smith B-PER
            . O
            """
        return (try? CoNLLReader.parse(text, source: "toy")) ?? []
    }()

    static func trainToy() -> TaggerModel {
        let options = PerceptronTrainer.Options(epochs: 20, featureCutoff: 1, pruneThreshold: 0, titleCaseShare: 0)
        return PerceptronTrainer(options: options, gazetteer: Gazetteer()).train(toy, dev: nil) { _ in }
    }

    @Test func tinyTrainingRunLearnsTheToySet() {
        #expect(Self.toy.first?.sentences.count == 4)
        let tagger = NamedEntityTagger(model: Self.trainToy())
        let evaluation = tagger.evaluate(Self.toy)
        // Averaged weights need not fit every training token; 18 of 19 entities is the floor.
        #expect(evaluation.scorer.overall.f1 >= 94, "\(tagger.tag(document: Self.toy[0].sentences.map(\.tokens)).map { $0.map(BIOTags.name) })")
        let mentions = tagger.mentions(in: "Mr. Brown works for Acme Corp in Rome.")
        #expect(mentions.map(\.text) == ["Brown", "Acme Corp", "Rome"])
        #expect(mentions.map(\.label) == [.person, .organization, .location])
        #expect(mentions.map(\.start) == [4, 20, 33])
        #expect(mentions.allSatisfy { $0.confidence > 0 && $0.confidence <= 1 })
    }

    @Test func trainingIsDeterministic() {
        #expect(Self.trainToy().serialized() == Self.trainToy().serialized())
    }

    @Test func modelSurvivesSaveAndLoad() throws {
        let model = Self.trainToy()
        let data = model.serialized()
        let loaded = try TaggerModel(data: data, source: "memory")
        #expect(loaded.featureCount == model.featureCount)
        #expect(loaded.transitions == model.transitions)
        #expect(loaded.confidenceTemperature == 16 && model.confidenceTemperature == 16)
        let sentences = Self.toy[0].sentences.map(\.tokens)
        #expect(NamedEntityTagger(model: loaded).tag(document: sentences) == NamedEntityTagger(model: model).tag(document: sentences))
        #expect(throws: TaggerModelError.self) { try TaggerModel(data: Data("not a model".utf8), source: "junk") }
        #expect(throws: TaggerModelError.self) { try TaggerModel(data: data.prefix(data.count / 2), source: "half") }
    }

    @Test func viterbiNeverEmitsInsideAfterOutside() {
        // Emissions that strongly prefer I-PER everywhere: the decoder must still open with B-PER
        // and never put I-X after O or after another type.
        let t = BIOTags.count
        var emissions = [Float](repeating: 0, count: 5 * t)
        for i in 0..<5 { emissions[i * t + BIOTags.inside(0)] = 10; emissions[i * t + BIOTags.inside(2)] = 9 }
        emissions[2 * t + BIOTags.outside] = 50
        let transitions = [Float](repeating: 0, count: (t + 1) * t)
        let tags = emissions.withUnsafeBufferPointer { Viterbi.decode(emissions: $0, count: 5, transitions: transitions) }
        var previous: Int? = nil
        for tag in tags {
            #expect(BIOTags.isAllowed(previous, tag), "\(tags.map(BIOTags.name))")
            previous = tag
        }
        #expect(tags[2] == BIOTags.outside)
    }

    @Test func featuresDescribeShapeGazetteerAndDocumentCasing() {
        let gazetteer = Gazetteer(phrases: ["cities": ["New York"], "first-names": ["John"]])
        let doc = PreparedDocument(sentences: [["JOHN", "FLIES", "TO", "NEW", "YORK"], ["John", "flies", "to", "New", "York", "."]],
                                   gazetteer: gazetteer)
        #expect(doc.modes == [.allCaps, .normal])
        let city = Gazetteer.categories.firstIndex(of: "cities") ?? -1
        let first = Gazetteer.categories.firstIndex(of: "first-names") ?? -1
        #expect(doc.infos[0][3].gazetteer == 1 << UInt32(2 * city))
        #expect(doc.infos[0][4].gazetteer == 1 << UInt32(2 * city + 1))
        #expect(doc.infos[0][0].gazetteer == 1 << UInt32(2 * first))
        // "flies" is seen in lower case in the body, "York" capitalized.
        #expect(doc.context.casing(of: TokenInfo("FLIES").lower) == DocumentContext.seenLowercase)
        #expect(doc.context.casing(of: TokenInfo("YORK").lower) == DocumentContext.seenCapitalized)
        #expect(TokenInfo("McDonald").shape == TokenInfo("McKinley").shape)
        #expect(TokenInfo("Smith").shortShape == TokenInfo("Jones").shortShape)
        #expect(TokenInfo("Smith").shortShape != TokenInfo("IBM").shortShape)
        #expect(TokenInfo("Zürich").flags.contains(.initialCapital))
        #expect(TokenInfo("ZÜRICH").lower == TokenInfo("zürich").lower)
        // Same word, same keys; different casing, different word key but same lower-case key.
        let stride = FeatureExtractor.stride
        let keysJohnCaps = Set(doc.keys[0..<stride])
        let keysJohn = Set(doc.keys[(5 * stride)..<(6 * stride)])
        #expect(keysJohnCaps.contains(FeatureHash.key(3, TokenInfo("john").lower)))
        #expect(keysJohn.contains(FeatureHash.key(3, TokenInfo("john").lower)))
        #expect(!keysJohnCaps.contains(FeatureHash.key(2, TokenInfo("John").word)))
        #expect(keysJohn.contains(FeatureHash.key(2, TokenInfo("John").word)))
    }

    @Test func titleCaseCopiesCapitalizeContentWords() {
        let words = ["rejects", "the", "call", "'s", "EU"]
        #expect(words.map { PerceptronTrainer.titleCased($0) } == ["Rejects", "the", "Call", "'s", "EU"])
        #expect(words.map { PerceptronTrainer.titleCased($0, everyWord: true) } == ["Rejects", "The", "Call", "'s", "EU"])
    }

    @Test func titleCaseHeadlinesAreReadInLowerCaseExceptNames() {
        var gazetteer = Gazetteer(phrases: ["cities": ["Geneva"]])
        gazetteer.addCommonWords(["critics", "talks", "in", "stall"].map(TokenInfo.lowerHash))
        let doc = PreparedDocument(sentences: [["Putin", "Slams", "Critics", "As", "Talks", "Stall", "In", "Geneva"],
                                               ["The", "Talks", "group", "met", "Putin", "in", "Geneva", "."]],
                                   gazetteer: gazetteer)
        let headline = doc.infos[0]
        // "Critics", "Stall" and "In" are common lower-case words; "Talks" is capitalized in the
        // body (a name here), "Geneva" is in a gazetteer, "Slams" and "As" are unknown.
        #expect(headline[2].lower == TokenInfo("critics").lower && headline[2].flags.contains(.allLower))
        #expect(headline[5].flags.contains(.allLower) && headline[6].flags.contains(.allLower))
        #expect(headline[4].flags.contains(.initialCapital))
        #expect(headline[7].flags.contains(.initialCapital))
        #expect(headline[1].flags.contains(.initialCapital))
        // In the toy set only "in" is written in lower case twice after a sentence's first word.
        #expect(PerceptronTrainer.commonWords(Self.toy, minimumCount: 2) == [TokenInfo("in").lower])
    }
}
