using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Domain.Webhooks;

/// <summary>
/// One event as koppelingen learn of it (the pull feed and the webhooks): its type, the resource it is about, the
/// scope needed to receive it and the vestigingen it concerns. No pupil data: the receiver fetches the resource with
/// its own token. Its id is the CloudEvents id and the webhook-id.
/// </summary>
public sealed class KoppelingNotificatie : IGenummerd
{
    public Guid Id { get; init; }

    public required SwvCode Samenwerkingsverband { get; init; }

    /// <summary>The CloudEvents type, e.g. nl.passendonderwijs.arrangement.toegekend.</summary>
    public required string Soort { get; init; }

    /// <summary>The resource's URL path, e.g. /api/v1/arrangementen/{id}.</summary>
    public required string Subject { get; init; }

    /// <summary>The scope a koppeling needs to receive it.</summary>
    public required string Scope { get; init; }

    /// <summary>The vestigingen it concerns; a koppeling receives it only for one of its own.</summary>
    public required List<string> Vestigingen { get; init; }

    /// <summary>When it happened.</summary>
    public DateTimeOffset Op { get; init; }

    /// <summary>The change number (per samenwerkingsverband, by the database): the feed's order.</summary>
    public long Versie { get; init; }
}
