using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Domain.Ontwikkelingsperspectiefplannen;

/// <summary>
/// Where a plan stands, without its content: whose it is, at which vestiging, and its status. Enough for
/// <see cref="OppPlicht"/> to ask whether a pupil with running support has a plan that holds.
/// </summary>
public sealed record OppStand(Guid Id, SwvCode Samenwerkingsverband, Guid LeerlingId, VestigingCode Vestiging, OppStatus Status)
{
    public static OppStand Van(Ontwikkelingsperspectiefplan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return new(plan.Id, plan.Samenwerkingsverband, plan.LeerlingId, plan.Vestiging, plan.Status);
    }
}
