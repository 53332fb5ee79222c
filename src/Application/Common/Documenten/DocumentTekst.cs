namespace PassendOnderwijs.Application.Common.Documenten;

/// <summary>
/// The words of a document (a beschikking, the LBT dossier), in reading order, without any layout. Kept apart from the
/// PDF so the wording lives with the use cases, not in a renderer; one renderer lays out every document the same way.
/// </summary>
/// <param name="Afzender">The organisation the document is from (the samenwerkingsverband, the school), above the title.</param>
/// <param name="Kenmerk">Repeated at the foot of every page, so a loose page can be traced to its document.</param>
public sealed record DocumentTekst(string Afzender, string Titel, IReadOnlyList<Tekstblok> Blokken, string Kenmerk);

/// <summary>One part of the text; the renderer decides how each kind looks.</summary>
public abstract record Tekstblok;

/// <summary>A heading: niveau 2 for a section, 3 for a part of a section (the title is niveau 1).</summary>
public sealed record Tussenkop(string Tekst, int Niveau = 2) : Tekstblok;

/// <summary>
/// A section of a bundle that starts on a new page with its heading (niveau 2); an <see cref="Inhoudsopgave"/> names
/// the page it starts on.
/// </summary>
public sealed record Hoofdstuk(string Titel) : Tekstblok;

/// <summary>
/// The table of contents: one line per part, "De aanvraag: pagina 2". A line that names a <see cref="Hoofdstuk"/> gets
/// the page it starts on; a line without one (a document that is not in the bundle) shows its <see cref="Inhoudsregel.Toelichting"/>.
/// </summary>
public sealed record Inhoudsopgave(IReadOnlyList<Inhoudsregel> Regels) : Tekstblok;

/// <param name="Hoofdstuk">The title of the <see cref="Hoofdstuk"/> this line points to; null for a part outside the document.</param>
/// <param name="Toelichting">What the line says instead of a page, e.g. "aan te leveren door het samenwerkingsverband".</param>
public sealed record Inhoudsregel(string Tekst, string? Hoofdstuk, string? Toelichting = null);

/// <summary>Running text; a long one wraps and may continue on the next page.</summary>
public sealed record Alinea(string Tekst) : Tekstblok;

/// <summary>Facts as label and value, one per row (e.g. "Geboortedatum" and "3 mei 2016").</summary>
public sealed record Gegevens(IReadOnlyList<Gegeven> Rijen) : Tekstblok;

public sealed record Gegeven(string Label, string Waarde);

/// <summary>
/// A table with a header row (e.g. the ouder's log of who used their child's data); each column takes its
/// <see cref="Tabelkolom.Aandeel"/> of the text width, and a row's cells wrap within their column.
/// </summary>
public sealed record Tabelblok(IReadOnlyList<Tabelkolom> Kolommen, IReadOnlyList<IReadOnlyList<string>> Rijen) : Tekstblok;

/// <param name="Aandeel">Relative width: the columns' shares are summed and each gets its part of the line.</param>
public sealed record Tabelkolom(string Kop, double Aandeel);

/// <summary>A bulleted list with the sentence that introduces it; the two stay together on a page.</summary>
public sealed record Puntenlijst(string Inleiding, IReadOnlyList<string> Punten) : Tekstblok;

/// <summary>
/// Lines to sign on paper: a heading (niveau 3), the sentence that says what is signed, then per party (e.g. "Ouder of
/// verzorger") a line to write the name, the date and the signature on. Kept together on one page, heading included.
/// </summary>
public sealed record Ondertekening(string Kop, string Inleiding, IReadOnlyList<string> Partijen) : Tekstblok
{
    public static IReadOnlyList<string> Velden { get; } = ["Naam", "Datum", "Handtekening"];
}

/// <summary>Texts typed by people, split into the paragraphs their line breaks separate; empty lines carry no meaning.</summary>
public static class Alineas
{
    public static IEnumerable<Alinea> Van(string tekst)
    {
        ArgumentNullException.ThrowIfNull(tekst);
        return tekst
            .Replace("\r\n", "\n", StringComparison.Ordinal)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(regel => new Alinea(regel));
    }
}
