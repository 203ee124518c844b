import Foundation

/// Times a piece of work for the hidden `--repeat N` option of the commands.
enum Benchmark {
    /// Runs `work` `repetitions` times and writes the mean time per run to stderr as
    /// `bench <name> runs=<n> mean_ms=<t>`, a line bench/ scripts read.
    static func report(_ name: String, repetitions: Int, _ work: () throws -> Void) throws {
        let clock = ContinuousClock()
        let elapsed = try clock.measure {
            for _ in 0..<repetitions { try work() }
        }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let line = String(format: "bench %@ runs=%d mean_ms=%.4f\n", name, repetitions, seconds * 1000 / Double(repetitions))
        FileHandle.standardError.write(Data(line.utf8))
    }
}
