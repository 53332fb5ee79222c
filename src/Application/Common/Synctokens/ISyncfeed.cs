using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Common.Synctokens;

/// <summary>The kinds of token a full copy and its change feed hand out; part of the type of each, so neither is accepted by another feed.</summary>
public interface ISyncsoorten
{
    static abstract Tokensoort Cursorsoort { get; }

    static abstract Tokensoort Tokensoort { get; }
}

/// <summary>
/// A LAS's copy of one kind of aggregate: a full copy in cursor pages, then a change feed (<see cref="Syncfeed{TFeed, T}"/>).
/// Each feed says which tokens are its own, where a client starts again, and which rows a caller may see at all.
/// </summary>
public interface ISyncfeed<T> : ISyncsoorten
    where T : class, IGenummerd
{
    /// <summary>Where the client takes a full copy again when a token is refused, e.g. "/arrangementen".</summary>
    static abstract string VolledigePad { get; }

    /// <summary>The rows as the DbContext's filters show them to the caller (tenant, vestigingen); the feed narrows further.</summary>
    static abstract IQueryable<T> Zichtbaar(IApplicationDbContext db);
}
