import java.io.File;
import java.util.Iterator;
import shark.*;

/** Threads whose inherited access control context or context class loader is a finished EarClassLoader. */
public class Threads {
    static boolean done(HeapObject object) {
        if (!(object instanceof HeapObject.HeapInstance loader)
                || !loader.instanceOf("org.glassfish.javaee.full.deployment.EarClassLoader")) {
            return false;
        }
        HeapField done = loader.get("com.sun.enterprise.loader.ASURLClassLoader", "doneCalled");
        return done != null && Boolean.TRUE.equals(done.getValue().getAsBoolean());
    }

    public static void main(String[] args) throws Exception {
        try (CloseableHeapGraph graph = HprofHeapGraph.Companion.openHeapGraph(
                new File(args[0]), null, HprofIndex.Companion.defaultIndexedGcRootTags())) {
            Iterator<HeapObject.HeapInstance> all = graph.getInstances().iterator();
            while (all.hasNext()) {
                HeapObject.HeapInstance thread = all.next();
                if (!thread.instanceOf("java.lang.Thread")) continue;
                String name = thread.get("java.lang.Thread", "name").getValue().readAsJavaString();
                HeapField ccl = thread.get("java.lang.Thread", "contextClassLoader");
                boolean viaCcl = ccl != null && ccl.getValue().getAsObject() != null && done(ccl.getValue().getAsObject());
                boolean viaAcc = false;
                HeapField acc = thread.get("java.lang.Thread", "inheritedAccessControlContext");
                if (acc != null && acc.getValueAsInstance() != null) {
                    HeapField context = acc.getValueAsInstance().get("java.security.AccessControlContext", "context");
                    if (context != null && context.getValueAsObjectArray() != null) {
                        Iterator<HeapValue> domains = context.getValueAsObjectArray().readElements().iterator();
                        while (domains.hasNext()) {
                            HeapObject domain = domains.next().getAsObject();
                            if (domain instanceof HeapObject.HeapInstance pd) {
                                HeapField cl = pd.get("java.security.ProtectionDomain", "classloader");
                                if (cl != null && cl.getValue().getAsObject() != null && done(cl.getValue().getAsObject())) {
                                    viaAcc = true;
                                }
                            }
                        }
                    }
                }
                if (viaCcl || viaAcc) {
                    System.out.println(name + (viaCcl ? " [context class loader]" : "") + (viaAcc ? " [access control context]" : ""));
                }
            }
        }
    }
}
