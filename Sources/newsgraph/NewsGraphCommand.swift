import ArgumentParser

/// The `newsgraph` command line: every subcommand is a file of its own in this folder.
@main
struct NewsGraphCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newsgraph",
        abstract: "Build a knowledge graph of the people, organizations and countries in the news.",
        discussion: """
            newsgraph reads news articles from RSS/Atom feeds or HTML pages, finds the people, \
            organizations, countries and places they mention, links them into a graph whose \
            every edge points back to the sentence that justifies it, keeps that graph in a \
            SQLite file, and exports it as GraphML or DOT.
            """,
        version: "0.1.0",
        subcommands: [
            IngestCommand.self,
            ArticlesCommand.self,
            StatsCommand.self,
            NeighborsCommand.self,
            ShowCommand.self,
            SearchCommand.self,
            PathCommand.self,
            ExportCommand.self,
            RenderCommand.self,
            GenerateCommand.self,
            ExtractCommand.self,
            NerCommand.self,
            EvalGraphCommand.self,
            AliasCommand.self,
            MergeCommand.self,
            SplitCommand.self,
        ]
    )
}
