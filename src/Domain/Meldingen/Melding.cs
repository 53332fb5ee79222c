using PassendOnderwijs.Domain.Organisaties;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Domain.Meldingen;

/// <summary>
/// A notification for one person: what happened, in one short plain-Dutch sentence, and the case it links to. The text
/// never names a pupil or carries other pupil data (the routing tables write it from the kind of event alone), so a
/// notification may be shown in a list or counted without an audit record; the case behind the link keeps its own
/// access rules and audit.
/// </summary>
public sealed class Melding
{
    public const int MaximaleLengteTekst = 200;

    private Melding()
    {
        Tekst = string.Empty;
        Samenwerkingsverband = null!;
    }

    /// <summary>UUID v7: creation order, which is also the list's order (newest first).</summary>
    public Guid Id { get; private init; }

    /// <summary>The account the notification is for.</summary>
    public Guid Ontvanger { get; private init; }

    public SwvCode Samenwerkingsverband { get; private init; }

    public Meldingsoort Soort { get; private init; }

    public string Tekst { get; private init; }

    /// <summary>The kind of case the notification links to; null when it is about no case (a koppeling).</summary>
    public Zaaksoort? Zaak { get; private init; }

    public Guid? ZaakId { get; private init; }

    public DateTimeOffset AangemaaktOp { get; private init; }

    public DateTimeOffset? GelezenOp { get; private set; }

    public static Melding Nieuw(Guid ontvanger, SwvCode samenwerkingsverband, Meldingsoort soort, string tekst, Zaaksoort? zaak, Guid? zaakId, DateTimeOffset nu)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tekst);
        if (tekst.Length > MaximaleLengteTekst)
        {
            throw new ArgumentException($"A notification's text is one short sentence (at most {MaximaleLengteTekst} characters).", nameof(tekst));
        }

        return new Melding
        {
            Id = Guid.CreateVersion7(nu),
            Ontvanger = ontvanger,
            Samenwerkingsverband = samenwerkingsverband,
            Soort = soort,
            Tekst = tekst,
            Zaak = zaak,
            ZaakId = zaakId,
            AangemaaktOp = nu,
        };
    }

    /// <summary>Marking twice keeps the first moment: when the person first saw it.</summary>
    public void MarkeerGelezen(DateTimeOffset nu) => GelezenOp ??= nu;
}
