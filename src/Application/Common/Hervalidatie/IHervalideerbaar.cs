namespace PassendOnderwijs.Application.Common.Hervalidatie;

/// <summary>
/// A read whose answer the client may hold already (If-None-Match). The use case derives the answer's version from
/// what fixes its content, before it reads the content itself; when the client holds that version, it answers
/// "unchanged" (<see cref="Hervalidatie{T}"/> without content) and the list query never runs.
/// </summary>
public interface IHervalideerbaar
{
    /// <summary>
    /// The representation the answer is sent in (media type and API build), given by the API: it is part of the
    /// version, so a JSON page and an ndjson stream of the same selection never share one.
    /// </summary>
    string Weergave { get; }

    /// <summary>The versions the client holds, as the API gave them; <see cref="Inhoudsversie.Iedere"/> for any.</summary>
    IReadOnlyCollection<string> BekendeVersies { get; }
}

/// <summary>The answer to an <see cref="IHervalideerbaar"/> read: its version, and its content unless the client holds that version.</summary>
public sealed record Hervalidatie<T>(string Versie, T? Inhoud)
    where T : class
{
    public bool IsOngewijzigd => Inhoud is null;
}
