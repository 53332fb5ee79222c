namespace PassendOnderwijs.Application.Common.Synctokens;

/// <summary>
/// A list paged by offset: the type names the list (its <see cref="Soort"/> goes into the signed token), so a cursor
/// given for one list is refused by another. An offset fits lists that are short or read a few pages deep, and lists
/// whose order has no key a token may carry (a name is personal data); each list says why on its own type.
/// </summary>
public interface IOffsetlijst
{
    static abstract Tokensoort Soort { get; }
}

/// <summary>Where a page of the list <typeparamref name="TLijst"/> ends: how many rows of the same selection and order came before.</summary>
public sealed record Offsetcursor<TLijst>(long Overslaan) : ISynctokenInhoud<Offsetcursor<TLijst>>
    where TLijst : IOffsetlijst
{
    public static Tokensoort Soort => TLijst.Soort;

    public static Offsetcursor<TLijst>? Lees(ref TokenLezer lezer) =>
        lezer.Geheel(out var overslaan) && overslaan >= 0 ? new Offsetcursor<TLijst>(overslaan) : null;

    public void Schrijf(TokenSchrijver schrijver)
    {
        ArgumentNullException.ThrowIfNull(schrijver);
        schrijver.Geheel(Overslaan);
    }
}

public static class Offsetpaginering
{
    /// <summary>The rows to skip: 0 without a cursor, null for a cursor the API cannot trust or of another list.</summary>
    public static async ValueTask<long?> OverslaanAsync<TLijst>(this ISynctokens tokens, string? cursor, CancellationToken cancellationToken)
        where TLijst : IOffsetlijst
    {
        ArgumentNullException.ThrowIfNull(tokens);
        return cursor is null
            ? 0
            : (await tokens.LeesAsync<Offsetcursor<TLijst>>(cursor, cancellationToken).ConfigureAwait(false))?.Overslaan;
    }

    /// <summary>The cursor of the next page, or null when the page read (one row more than asked) shows there is none.</summary>
    public static async ValueTask<string?> VolgendeAsync<TLijst>(this ISynctokens tokens, long overslaan, int grootte, int gelezen, CancellationToken cancellationToken)
        where TLijst : IOffsetlijst
    {
        ArgumentNullException.ThrowIfNull(tokens);
        return gelezen > grootte
            ? await tokens.MaakAsync(new Offsetcursor<TLijst>(overslaan + grootte), cancellationToken).ConfigureAwait(false)
            : null;
    }
}
