import { mount } from 'svelte';
import Workbench from './Workbench.svelte';
import '../lib/theme.css';

mount(Workbench, { target: document.getElementById('app')! });
