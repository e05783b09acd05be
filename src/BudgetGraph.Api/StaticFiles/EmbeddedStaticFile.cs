namespace BudgetGraph.Api.StaticFiles;

/// <summary>One embedded front-end file: its bytes, media type and strong entity tag (a hash of the bytes).</summary>
public sealed record EmbeddedStaticFile(byte[] Content, string ContentType, string EntityTag);
