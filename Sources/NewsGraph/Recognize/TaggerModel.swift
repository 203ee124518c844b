import Foundation

/// The trained weights of the named-entity tagger: one row of `BIOTags.count` weights per
/// feature, tag-to-tag transition weights, and the gazetteers the features consult.
///
/// Saved as a compact little-endian binary (see ``serialized()``): the feature keys in row
/// order, the weights quantized to Int16 with one scale, the transitions as Float32 and the
/// gazetteer's phrase hashes. Loading keeps the keys in row order: the tagger builds its own
/// lookup table from them (``FeatureTable``), so no key-to-row index is built at start-up.
public struct TaggerModel: Sendable {
    /// The feature key of each weight row (0 where a row has none). Of two rows with one
    /// key, the later is the feature's, as in ``featureIndex()``.
    var rowKeys: [UInt64]
    /// Row-major weights: `weights[row * BIOTags.count + tag]`.
    var weights: [Float]
    /// `(BIOTags.count + 1) × BIOTags.count`; the last row scores the first tag of a sentence.
    var transitions: [Float]
    var gazetteer: Gazetteer
    /// Scores are divided by this before mention confidences are computed, so that the
    /// perceptron's large margins give graded probabilities (calibrated on held-out data).
    public var confidenceTemperature: Float

    init(rowKeys: [UInt64], weights: [Float], transitions: [Float], gazetteer: Gazetteer, confidenceTemperature: Float = 1) {
        self.rowKeys = rowKeys
        self.weights = weights
        self.transitions = transitions
        self.gazetteer = gazetteer
        self.confidenceTemperature = confidenceTemperature
    }

    /// Feature key → weight row, built anew on each call (a function, so that it is not read
    /// like a stored table): for checks. Tagging looks features up in
    /// ``NamedEntityTagger``'s ``FeatureTable`` instead.
    func featureIndex() -> HashIndex {
        var index = HashIndex(capacity: rowKeys.count)
        for (row, key) in rowKeys.enumerated() where key != 0 { index.set(key, Int32(row)) }
        return index
    }

    /// Number of features with a weight row.
    public var featureCount: Int { weights.count / BIOTags.count }

    static let magic: [UInt8] = Array("NGNER001".utf8)

    /// The model as bytes for ``init(data:source:)``.
    public func serialized() -> Data {
        let t = BIOTags.count
        let rows = featureCount
        let keysByRow = (0..<rows).map { $0 < rowKeys.count ? rowKeys[$0] : 0 }
        var maxAbs: Float = 0
        for w in weights { maxAbs = max(maxAbs, abs(w)) }
        let scale: Float = maxAbs > 0 ? maxAbs / 32767 : 1
        var gazKeys: [UInt64] = []
        var gazValues: [UInt8] = []
        for (key, value) in gazetteer.index.entries {
            gazKeys.append(key)
            gazValues.append(UInt8(truncatingIfNeeded: value))
        }
        var data = Data()
        data.append(contentsOf: Self.magic)
        func append<T>(_ values: [T]) { values.withUnsafeBytes { data.append(contentsOf: $0) } }
        append([UInt32(t), UInt32(rows), UInt32(gazKeys.count), confidenceTemperature.bitPattern])
        append([scale])
        append(transitions)
        append(keysByRow)
        append(weights.map { Int16(($0 / scale).rounded()) })
        append(gazKeys)
        append(gazValues)
        return data
    }

    /// Reads a model written by ``serialized()``; `source` names it in errors.
    public init(data: Data, source: String) throws(TaggerModelError) {
        func fail(_ reason: String) -> TaggerModelError { TaggerModelError(source: source, reason: reason) }
        var reader = ByteReader(data: data)
        guard let magic = reader.array(UInt8.self, count: 8), magic == Self.magic else { throw fail("not a newsgraph NER model (bad magic)") }
        guard let header = reader.array(UInt32.self, count: 4), let scale = reader.array(Float.self, count: 1)?.first else {
            throw fail("truncated header")
        }
        let t = Int(header[0]), rows = Int(header[1]), gazCount = Int(header[2])
        let storedTemperature = Float(bitPattern: header[3])
        let temperature: Float = storedTemperature.isFinite && storedTemperature > 0 ? storedTemperature : 1
        guard t == BIOTags.count else { throw fail("model has \(t) tags, expected \(BIOTags.count)") }
        guard let transitions = reader.array(Float.self, count: (t + 1) * t),
              let keys = reader.array(UInt64.self, count: rows),
              let weights = reader.dequantized(count: rows * t, scale: scale),
              let gazKeys = reader.array(UInt64.self, count: gazCount),
              let gazValues = reader.array(UInt8.self, count: gazCount) else {
            throw fail("truncated (\(data.count) bytes for \(rows) features)")
        }
        var gaz = HashIndex(capacity: gazCount)
        for (k, key) in gazKeys.enumerated() where key != 0 { gaz.set(key, Int32(gazValues[k])) }
        self.init(rowKeys: keys, weights: weights, transitions: transitions, gazetteer: Gazetteer(index: gaz),
                  confidenceTemperature: temperature)
    }

    /// Reads a model file (memory-mapped).
    public init(contentsOf url: URL) throws(TaggerModelError) {
        let data: Data
        do {
            data = try Data(contentsOf: url, options: .alwaysMapped)
        } catch {
            throw TaggerModelError(source: url.path, reason: "cannot read: \(error.localizedDescription)")
        }
        try self.init(data: data, source: url.path)
    }

    /// The model shipped with the library (`Resources/ner/model.bin`).
    public static func shipped() throws(TaggerModelError) -> TaggerModel {
        guard let url = ResourceLocator.url(for: "ner/model.bin") else {
            throw TaggerModelError(source: "ner/model.bin", reason: "not found in any resource folder")
        }
        return try TaggerModel(contentsOf: url)
    }
}

/// Reads little-endian arrays from bytes, failing cleanly when the data runs out.
private struct ByteReader {
    let data: Data
    var offset = 0

    mutating func array<T>(_ type: T.Type, count: Int) -> [T]? {
        let size = MemoryLayout<T>.stride * count
        guard count >= 0, offset + size <= data.count else { return nil }
        let start = data.startIndex + offset
        let result = [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            data[start..<(start + size)].withUnsafeBytes { raw in
                if size > 0, let base = buffer.baseAddress, let source = raw.baseAddress {
                    UnsafeMutableRawPointer(base).copyMemory(from: source, byteCount: size)
                }
            }
            initialized = count
        }
        offset += size
        return result
    }

    /// `count` little-endian Int16 values times `scale`, read in place (no Int16 copy).
    mutating func dequantized(count: Int, scale: Float) -> [Float]? {
        let size = MemoryLayout<Int16>.stride * count
        guard count >= 0, offset + size <= data.count else { return nil }
        let start = data.startIndex + offset
        let result = [Float](unsafeUninitializedCapacity: count) { buffer, initialized in
            data[start..<(start + size)].withUnsafeBytes { raw in
                for i in 0..<count {
                    buffer[i] = Float(Int16(littleEndian: raw.loadUnaligned(fromByteOffset: 2 * i, as: Int16.self))) * scale
                }
            }
            initialized = count
        }
        offset += size
        return result
    }
}
