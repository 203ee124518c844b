import NewsGraph

/// Which reader and analyzer `newsgraph ingest` plugs into the pipeline: the one place to
/// change when the full feed parser, extractor, tagger and resolver are wired in.
enum IngestWiring {
    /// Bytes → feed or page.
    static func reader() throws -> any DocumentReading { MinimalDocumentReader() }

    /// Article → entities and relations.
    static func analyzer() throws -> any ArticleAnalyzer { NoAnalysis() }
}
