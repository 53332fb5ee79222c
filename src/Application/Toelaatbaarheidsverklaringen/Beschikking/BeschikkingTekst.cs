namespace PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Beschikking;

/// <summary>
/// The words of a beschikking, in reading order, without any layout: what the ouders and the school read. Kept apart from
/// the PDF so the legal wording (the decision, the period, the bezwaarclausule) lives with the use cases, not in a renderer.
/// </summary>
/// <param name="Afzender">The samenwerkingsverband that decided, above the title.</param>
/// <param name="Kenmerk">Repeated at the foot of every page, so a loose page can be traced to its beschikking.</param>
public sealed record BeschikkingTekst(string Afzender, string Titel, IReadOnlyList<Tekstblok> Blokken, string Kenmerk);

/// <summary>One part of the text; the renderer decides how each kind looks.</summary>
public abstract record Tekstblok;

/// <summary>A heading: niveau 2 for a section, 3 for a part of a section (the title is niveau 1).</summary>
public sealed record Tussenkop(string Tekst, int Niveau = 2) : Tekstblok;

/// <summary>Running text; a long one wraps and may continue on the next page.</summary>
public sealed record Alinea(string Tekst) : Tekstblok;

/// <summary>Facts as label and value, one per row (e.g. "Geboortedatum" and "3 mei 2016").</summary>
public sealed record Gegevens(IReadOnlyList<Gegeven> Rijen) : Tekstblok;

public sealed record Gegeven(string Label, string Waarde);

/// <summary>A bulleted list with the sentence that introduces it; the two stay together on a page.</summary>
public sealed record Opsomming(string Inleiding, IReadOnlyList<string> Punten) : Tekstblok;
