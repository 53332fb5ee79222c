using Mediator;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Termijnen;

namespace PassendOnderwijs.Application.Termijnen.Queries.GeefTermijnsoorten;

public sealed class GeefTermijnsoortenHandler : IQueryHandler<GeefTermijnsoortenQuery, Result<TermijnsoortenDto>>
{
    private static readonly TermijnsoortenDto Tabel = new([.. Termijnentabel.Alle.Select(TermijnregelDto.Van)]);

    public ValueTask<Result<TermijnsoortenDto>> Handle(GeefTermijnsoortenQuery query, CancellationToken cancellationToken) =>
        ValueTask.FromResult<Result<TermijnsoortenDto>>(Tabel);
}
