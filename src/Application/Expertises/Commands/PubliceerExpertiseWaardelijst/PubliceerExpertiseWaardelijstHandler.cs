using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Expertises.Commands.PubliceerExpertiseWaardelijst;

public sealed class PubliceerExpertiseWaardelijstHandler(IApplicationDbContext db, TimeProvider klok)
    : InvoerHandler<PubliceerExpertiseWaardelijstCommand, Waardelijstinvoer, WaardelijstGepubliceerdDto>
{
    protected override ValueTask<Result<WaardelijstGepubliceerdDto>> Handle(
        PubliceerExpertiseWaardelijstCommand command,
        Waardelijstinvoer invoer,
        CancellationToken cancellationToken) =>
        new(db.PubliceerWaardelijstAsync(invoer, klok.GetUtcNow(), cancellationToken));
}
