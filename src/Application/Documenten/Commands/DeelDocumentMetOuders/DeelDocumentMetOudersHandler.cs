using Mediator;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Documenten.Commands.DeelDocumentMetOuders;

public sealed class DeelDocumentMetOudersHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok)
    : ICommandHandler<DeelDocumentMetOudersCommand, Result<DocumentDto>>
{
    public async ValueTask<Result<DocumentDto>> Handle(DeelDocumentMetOudersCommand command, CancellationToken cancellationToken) =>
        await DocumentDeling.WijzigAsync(db, aanroeper, klok, command.DocumentId, (d, door, nu) => d.DeelMetOuders(door, nu), cancellationToken)
            .ConfigureAwait(false);
}
