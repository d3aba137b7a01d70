using System.Collections;
using AutoMapper.Internal;

namespace PartnerTracker.Application.Tests.Mapping;

/// <summary>docs/adr/0007-automapper-14-pin-and-its-advisory.md: AutoMapper 14 carries GHSA-rvv3-g6hj-g44x (recursion on self-referential maps).</summary>
public sealed class MappingConfigurationTests
{
    [Fact]
    public void Configuration_is_valid() => AppMapping.Configuration.AssertConfigurationIsValid();

    [Fact]
    public void No_map_is_self_referential()
    {
        var maps = AppMapping.Configuration.Internal().GetAllTypeMaps();
        var destinations = maps.Select(m => m.DestinationType).ToHashSet();

        // Walk DTO → DTO members: a cycle (a DTO that can reach itself) is exactly what the advisory exploits.
        foreach (var start in destinations)
        {
            var path = new Stack<Type>();
            Assert.False(Reaches(start, start, destinations, path, []), $"{start.Name} nests itself via {string.Join(" → ", path.Reverse().Select(t => t.Name))}");
        }
    }

    [Fact]
    public void Every_map_sets_a_max_depth()
    {
        var unbounded = AppMapping.Configuration.Internal().GetAllTypeMaps().Where(m => m.MaxDepth <= 0).Select(m => m.DestinationType.Name);
        Assert.Empty(unbounded);
    }

    private static bool Reaches(Type from, Type target, HashSet<Type> dtos, Stack<Type> path, HashSet<Type> seen)
    {
        foreach (var member in from.GetProperties().Select(p => MemberDto(p.PropertyType)).Where(t => t is not null && dtos.Contains(t)))
        {
            path.Push(member!);
            if (member == target || (seen.Add(member!) && Reaches(member!, target, dtos, path, seen)))
            {
                return true;
            }

            path.Pop();
        }

        return false;
    }

    private static Type? MemberDto(Type type) =>
        type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type) && type.IsGenericType ? type.GetGenericArguments()[0] : type;
}
