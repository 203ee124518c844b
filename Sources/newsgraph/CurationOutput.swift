import ArgumentParser
import NewsGraph

/// How the correction commands report what they changed, and their failures.
enum CurationOutput {
    /// Correction and lookup failures print their one-line (or candidate-list) message and exit 1.
    static func reportingErrors<T>(_ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch let error as QueryError {
            printError(error.description)
        } catch let error as CurationError {
            printError(error.description)
        } catch let error as AliasFileError {
            printError(error.description)
        } catch let error as StoreError {
            printError(error.description)
        }
        throw ExitCode.failure
    }

    static func plural(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : (noun.hasSuffix("s") ? "es" : "s"))"
    }

    static func describe(_ outcome: MergeOutcome) -> String {
        """
        merged \(outcome.source.labelWithID) into \(outcome.target.labelWithID)
          moved: \(plural(outcome.mentions, "mention")), \(plural(outcome.articles, "article")) (\(outcome.sharedArticles) naming both), \
        \(plural(outcome.aliases, "alias"))
          relations: \(outcome.relationsRepointed) re-pointed, \(outcome.relationsCombined) combined, \
        \(plural(outcome.selfLoopsDropped, "self-loop")) dropped; evidence: \(outcome.evidenceMoved) moved, \(outcome.evidenceDropped) dropped
          \(outcome.target.name) now: \(plural(outcome.target.mentions, "mention")) in \(plural(outcome.target.articles, "article")); \
        later articles naming "\(outcome.source.name)" join it
        """
    }

    static func describe(_ outcome: AliasOutcome) -> String {
        guard outcome.changed else {
            return "\"\(outcome.alias)\" is already a user alias of \(outcome.target.labelWithID); nothing changed"
        }
        var lines = ["\"\(outcome.alias)\" is now a user alias of \(outcome.target.labelWithID)"]
        for other in outcome.reassignedFrom { lines.append("  taken from \(other.labelWithID)") }
        if let merged = outcome.merged { lines.append(describe(merged)) }
        for other in outcome.otherKinds {
            lines.append("  note: \(other.labelWithID) is another kind and stays separate; `newsgraph merge \"#\(other.id)\" \"#\(outcome.target.id)\"` joins it")
        }
        return lines.joined(separator: "\n")
    }

    static func describe(_ outcome: SplitOutcome) -> String {
        """
        split \(outcome.created.labelWithID) off \(outcome.source.labelWithID)
          moved: \(outcome.aliases.map { "\"\($0)\"" }.joined(separator: ", ")), \(plural(outcome.mentions, "mention")) \
        in \(plural(outcome.articles, "article")), \(plural(outcome.evidenceMoved, "evidence sentence"))
          kept with \(outcome.source.name): \(plural(outcome.evidenceAmbiguous, "evidence sentence")) naming both, \
        \(outcome.evidenceUnattributed) with no stored mention of either
          now: \(outcome.source.name) \(plural(outcome.source.mentions, "mention")), \(outcome.created.name) \(plural(outcome.created.mentions, "mention"))
        """
    }

    static func describe(_ report: AliasFileReport, file: AliasFile) -> String {
        var lines = ["\(file.path): \(report.summary)"]
        for change in report.applied {
            lines.append("  line \(change.rule.line): " + describe(change.outcome).replacingOccurrences(of: "\n", with: "\n  "))
        }
        for rule in report.pending {
            lines.append("  line \(rule.line): \"\(rule.canonical)\" is not in the graph yet; \"\(rule.alias)\" waits for it")
        }
        return lines.joined(separator: "\n")
    }
}
