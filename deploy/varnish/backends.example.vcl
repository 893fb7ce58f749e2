# What runs where, written by hand (npm run start:edge writes the same from its ports and release: scripts/edge/stack.mjs).
# Two instances on this machine: node .next/standalone/server.js with PORT=3001 and PORT=3002, HOSTNAME=localhost.
# The release key is the build id (.next/BUILD_ID) and a hash of the data files; change it on every deploy.
probe instance_health {
    .url = "/api/sources";
    .interval = 2s;
    .timeout = 5s;
    .window = 5;
    .threshold = 3;
    .initial = 3;
}
backend instance_1 {
    .host = "127.0.0.1";
    .port = "3001";
    .probe = instance_health;
    .connect_timeout = 2s;
    .first_byte_timeout = 60s;
}
backend instance_2 {
    .host = "127.0.0.1";
    .port = "3002";
    .probe = instance_health;
    .connect_timeout = 2s;
    .first_byte_timeout = 60s;
}
sub vcl_init {
    instances.add_backend(instance_1);
    instances.add_backend(instance_2);
}
sub edge_release {
    set req.http.X-Release = "BUILDID-datahash0000";
}
sub edge_retry_elsewhere {
    if (bereq.http.X-Failed-Backend == "instance_1") {
        set bereq.backend = instance_2;
    }
    elsif (bereq.http.X-Failed-Backend == "instance_2") {
        set bereq.backend = instance_1;
    }
}
