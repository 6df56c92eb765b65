import java.io.File;
import java.util.List;
import shark.*;

/**
 * Why old deployments of Parley stay in a server's heap: the shortest strong paths from GC roots to each
 * undeployed EarClassLoader (doneCalled) in a heap dump, by Square's Shark. See run.
 *
 * <p>java -cp SHARK_CLASSPATH Leak.java HEAP.hprof [class loader class]
 */
public class Leak {
    public static void main(String[] args) {
        String className = args.length > 1 ? args[1] : "org.glassfish.javaee.full.deployment.EarClassLoader";
        FilteringLeakingObjectFinder.LeakingObjectFilter filter = object -> {
            if (!(object instanceof HeapObject.HeapInstance instance) || !instance.instanceOf(className)) {
                return false;
            }
            HeapField done = instance.get("com.sun.enterprise.loader.ASURLClassLoader", "doneCalled");
            if (done == null) {
                done = instance.get("org.glassfish.web.loader.WebappClassLoader", "started");
                return done != null && Boolean.FALSE.equals(done.getValue().getAsBoolean());
            }
            return Boolean.TRUE.equals(done.getValue().getAsBoolean());
        };
        List<ReferenceMatcher> ignored = List.of(
                new IgnoredReferenceMatcher(new ReferencePattern.InstanceFieldPattern("java.lang.ref.Reference", "referent")),
                new IgnoredReferenceMatcher(new ReferencePattern.InstanceFieldPattern("java.lang.ref.Finalizer", "next")));
        HeapAnalysis analysis = new HeapAnalyzer(step -> {})
                .analyze(new File(args[0]), new FilteringLeakingObjectFinder(List.of(filter)), ignored, false,
                        List.of(), MetadataExtractor.Companion.getNO_OP(), null);
        System.out.println(analysis);
    }
}
