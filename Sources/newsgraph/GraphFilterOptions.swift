import ArgumentParser
import NewsGraph

extension DatabaseOptions {
    /// The graph for a reading command; a missing file is an error, never a new empty graph.
    func query() throws -> GraphQuery {
        try GraphQuery(path: path)
    }
}

/// The filters `neighbors` and `export` share.
struct GraphFilterOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Only entities of this kind (person, organization, country, location, event, misc); repeatable.", valueName: "kind"))
    var kind: [EntityKind] = []

    @Option(name: .long, help: ArgumentHelp("Only this relation type (co_mention, spokesperson_of …); repeatable.", valueName: "type"))
    var relation: [String] = []

    @Option(name: .long, help: ArgumentHelp("Only relations seen on or after this day.", valueName: "YYYY-MM-DD"))
    var since: String?

    @Option(name: .customLong("min-weight"), help: ArgumentHelp("Only relations with at least this many evidence sentences.", valueName: "w"))
    var minWeight: Double?

    func filter(depth: Int, limit: Int) throws -> NeighborFilter {
        NeighborFilter(depth: depth, kinds: Set(kind), relations: Set(relation),
                       since: try since.map { try StoreDate.since($0) }, minWeight: minWeight, limit: limit)
    }
}

extension EntityKind: ExpressibleByArgument {}

/// Query failures print their one-line (or candidate-list) message and exit 1.
func reportingQueryErrors<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as QueryError {
        printError(error.description)
        throw ExitCode.failure
    } catch let error as StoreError {
        printError(error.description)
        throw ExitCode.failure
    } catch let error as ExportError {
        printError(error.description)
        throw ExitCode.failure
    }
}

func printError(_ message: String) {
    var standardError = StandardError()
    print("newsgraph: \(message)", to: &standardError)
}

struct StandardError: TextOutputStream {
    mutating func write(_ string: String) {
        FileSink.standardError().writeString(string)
    }
}
