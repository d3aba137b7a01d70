using System.Reflection;
using AutoMapper;
using Microsoft.EntityFrameworkCore;
using PartnerTracker.Application.Common;
using PartnerTracker.Application.Features.Deals;
using PartnerTracker.Data;
using PartnerTracker.TestSupport;

namespace PartnerTracker.Application.Tests.Hostile;

/// <summary>
/// Found by reflection, so a write command added later cannot forget the role check: every editor is built with
/// the current user, and every one of its writes refuses a Viewer before it touches anything.
/// </summary>
public sealed class EditorContractTests : HostileSuite
{
    private static readonly IReadOnlyList<Type> Editors = typeof(ICurrentUser).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && t.Name.EndsWith("Editor", StringComparison.Ordinal))
        .OrderBy(t => t.Name, StringComparer.Ordinal)
        .ToList();

    /// <summary>Each public write: a method that answers with a <see cref="CommandResult"/>.</summary>
    private static readonly IReadOnlyDictionary<string, (Type Editor, MethodInfo Method)> Writes = Editors
        .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(m => m.ReturnType == typeof(Task<CommandResult>))
            .Select(m => (Editor: t, Method: m)))
        .ToDictionary(w => $"{w.Editor.Name}.{w.Method.Name}({string.Join(", ", w.Method.GetParameters().Select(p => p.ParameterType.Name))})", StringComparer.Ordinal);

    public static TheoryData<string> EditorNames => new(Editors.Select(t => t.Name));

    public static TheoryData<string> WriteNames => new(Writes.Keys.Order(StringComparer.Ordinal));

    [Fact]
    public void Every_editor_and_write_is_found()
    {
        Assert.Equal(
            ["CitationEditor", "CompanyEditor", "DealConnectionsEditor", "DealEditor", "EventEditor", "ParticipantEditor", "PersonEditor", "ProductEditor", "SourceEditor"],
            Editors.Select(t => t.Name));
        Assert.Contains(Writes.Values, w => w.Method == typeof(DealEditor).GetMethod(nameof(DealEditor.ChangeStageAsync)));
        Assert.Equal(3, Writes.Values.Count(w => w.Editor.Name == "SourceEditor"));
    }

    [Theory]
    [MemberData(nameof(EditorNames))]
    public void Every_editor_is_built_with_the_current_user(string name)
    {
        var editor = Editors.Single(t => t.Name == name);
        Assert.All(editor.GetConstructors(), c => Assert.Contains(c.GetParameters(), p => p.ParameterType == typeof(ICurrentUser)));
        Assert.NotEmpty(editor.GetConstructors());
    }

    [Theory]
    [MemberData(nameof(WriteNames))]
    public Task Every_write_refuses_a_viewer_and_changes_nothing(string name)
    {
        var (editorType, method) = Writes[name];
        return RunAsync(HostileCase.Viewer(arena =>
        {
            var viewer = TestUser.Viewer();
            var editor = Activator.CreateInstance(editorType, editorType.GetConstructors().Single().GetParameters().Select(p => Service(p.ParameterType, viewer)).ToArray())!;
            return (Task<CommandResult>)method.Invoke(editor, method.GetParameters().Select(p => Argument(p.ParameterType)).ToArray())!;
        }));
    }

    private object Service(Type type, TestUser viewer) =>
        type == typeof(IDbContextFactory<PartnerTrackerDbContext>) ? Database.As(viewer)
        : type == typeof(ICurrentUser) ? viewer
        : type == typeof(IMapper) ? AppMapping.Mapper
        : type == typeof(TimeProvider) ? TimeProvider.System
        : throw new InvalidOperationException($"An editor needs a {type.Name}; teach this test how to make one.");

    /// <summary>A plausible argument of each type: ids that exist in the seed, empty forms, default options.</summary>
    private static object? Argument(Type type) =>
        type == typeof(CancellationToken) ? TestContext.Current.CancellationToken
        : type == typeof(int) || type == typeof(int?) ? 1
        : type == typeof(Guid) ? Guid.Empty
        : type.IsValueType ? Activator.CreateInstance(type)
        : type.GetConstructor(Type.EmptyTypes) is { } constructor ? constructor.Invoke(null)
        : null;
}
