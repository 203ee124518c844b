extension NamedEntityTagger: MentionTagger {}

extension GraphBuilder {
    /// The analyzer `newsgraph ingest` uses: the shipped tagger model, the shipped
    /// gazetteers and the curated organizations table.
    ///
    /// - Throws: ``TaggerModelError`` when the shipped model cannot be found or read.
    public static func standard() throws(TaggerModelError) -> GraphBuilder {
        GraphBuilder(tagger: NamedEntityTagger(model: try TaggerModel.shipped()))
    }
}
