namespace PassendOnderwijs.Domain.Meldingen;

/// <summary>
/// An e-mail to send: that there is a new notification, nothing more. Made in the same transaction as the notification,
/// sent later by a background sender, so a slow mail server never holds up the outbox. It keeps only the address, never
/// the notification's text: the message itself is fixed and carries no pupil data.
/// </summary>
public sealed class Mailopdracht
{
    private Mailopdracht()
    {
        Adres = string.Empty;
    }

    public Guid Id { get; private init; }

    public Guid Ontvanger { get; private init; }

    public string Adres { get; private init; }

    public DateTimeOffset AangemaaktOp { get; private init; }

    public DateTimeOffset? VerzondenOp { get; private set; }

    public int Pogingen { get; private set; }

    public static Mailopdracht Nieuw(Guid ontvanger, string adres, DateTimeOffset nu) =>
        new() { Id = Guid.CreateVersion7(nu), Ontvanger = ontvanger, Adres = adres, AangemaaktOp = nu };

    public void Verzonden(DateTimeOffset nu) => VerzondenOp = nu;

    public void Mislukt() => Pogingen++;
}
