/// A write buffer in front of an ``ExportSink``: writers append small pieces, the sink sees
/// chunks of ``capacity`` bytes, so memory stays bounded however big the graph is.
///
/// Escaping for each format lives in `ExportOutput+Escaping.swift`.
public struct ExportOutput {
    public let sink: any ExportSink
    /// Bytes kept before they are handed to the sink.
    public let capacity: Int
    @usableFromInline var buffer: [UInt8]

    public init(sink: any ExportSink, capacity: Int = 1 << 16) {
        self.sink = sink
        self.capacity = max(capacity, 64)
        self.buffer = []
        buffer.reserveCapacity(self.capacity + 256)
    }

    /// Hands everything buffered to the sink.
    public mutating func flush() throws {
        guard !buffer.isEmpty else { return }
        try buffer.withUnsafeBytes { try sink.write($0) }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes when the buffer is full; called after every element a writer emits.
    @inlinable
    public mutating func flushIfFull() throws {
        if buffer.count >= capacity { try flush() }
    }

    /// Appends markup that needs no escaping.
    @inlinable
    public mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { buffer.append(contentsOf: $0) }
    }

    /// Appends text that the caller knows needs no escaping (numbers, fixed keywords).
    @inlinable
    public mutating func raw(_ text: String) {
        var text = text
        text.withUTF8 { buffer.append(contentsOf: $0) }
    }

    @inlinable
    mutating func byte(_ value: UInt8) {
        buffer.append(value)
    }

    /// Appends a decimal integer without allocating.
    @inlinable
    public mutating func integer<T: BinaryInteger>(_ value: T) {
        if value == 0 { buffer.append(UInt8(ascii: "0")); return }
        var magnitude = value.magnitude
        if value < 0 { buffer.append(UInt8(ascii: "-")) }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { storage in
            while magnitude > 0 && count < storage.count {
                storage[storage.count - 1 - count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            }
            // As a raw buffer, not a slice: appending a slice went element by element.
            buffer.append(contentsOf: UnsafeRawBufferPointer(rebasing: storage[(storage.count - count)...]))
        }
    }

    /// Appends a finite double in the shortest form that reads back to the same value
    /// ("1.0", "0.25", "1e-05"); every format here accepts that syntax.
    public mutating func double(_ value: Double) {
        raw(value.description)
    }

    /// Appends an integer padded with zeros to `width` digits (for dates).
    @inlinable
    mutating func padded(_ value: Int, width: Int) {
        var digits = 1
        var limit = 10
        while value >= limit && digits < 19 { digits += 1; limit &*= 10 }
        if value >= 0 && digits < width {
            for _ in digits..<width { buffer.append(UInt8(ascii: "0")) }
        }
        integer(value)
    }
}
